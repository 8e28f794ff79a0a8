using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>A config that does not load; <see cref="Errors"/> holds every problem found, not just the first.</summary>
public sealed class ConfigException(IReadOnlyList<ConfigError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
