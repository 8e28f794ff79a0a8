namespace AlertRouter.Core;

internal static class ListenerEndpointExtensions
{
    public static TBuilder OnListener<TBuilder>(this TBuilder builder, string listener)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ListenerMetadata(listener));
        return builder;
    }
}
