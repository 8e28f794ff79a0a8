namespace AlertRouter.Core;

/// <summary>Endpoint metadata naming the listener (<see cref="Listeners"/>) an endpoint is served on.</summary>
internal sealed record ListenerMetadata(string Name);
