using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>The outcome of one load: the config when there were no errors, and everything that was found either way.</summary>
public sealed record ConfigLoadResult(
    RouterConfig? Config,
    IReadOnlyList<ConfigError> Errors,
    IReadOnlyList<ConfigWarning> Warnings,
    IReadOnlyList<string> Files)
{
    public bool Succeeded => Config is not null;
}
