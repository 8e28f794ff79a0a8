using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>The outcome of the latest load attempt, whatever triggered it.</summary>
public sealed record ConfigReloadStatus(
    DateTimeOffset? LastAttemptAt,
    bool LastSucceeded,
    DateTimeOffset? LastSuccessAt,
    string? LastTrigger,
    IReadOnlyList<ConfigError> Errors)
{
    public static readonly ConfigReloadStatus Initial = new(null, false, null, null, []);
}
