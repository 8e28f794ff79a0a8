namespace AlertRouter.Config.Api;

/// <summary>Answer of <c>GET /api/v1/config</c>: the merged config in Alertmanager YAML, secrets redacted.</summary>
public sealed record ConfigResponse(
    string Hash,
    DateTimeOffset LoadedAt,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Warnings,
    bool LastReloadSuccessful,
    IReadOnlyList<string> LastReloadErrors,
    string Config);
