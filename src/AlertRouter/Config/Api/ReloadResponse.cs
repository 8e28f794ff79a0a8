namespace AlertRouter.Config.Api;

/// <summary>Answer of a successful <c>POST /-/reload</c>.</summary>
public sealed record ReloadResponse(string Status, bool Changed, string Hash, DateTimeOffset LoadedAt);
