namespace AlertRouter.Core;

public static class AdminTokenFilterExtensions
{
    /// <summary>Requires the admin bearer token on this endpoint (or group) when one is configured.</summary>
    public static TBuilder RequireAdminToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, AdminTokenFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
