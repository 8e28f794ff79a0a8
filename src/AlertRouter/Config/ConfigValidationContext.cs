using AlertRouter.Notifiers;
using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>What an <see cref="IConfigValidator"/> sees: the compiled candidate and every template-valued field with its place.</summary>
public sealed class ConfigValidationContext(RouterConfig candidate, IReadOnlyList<TemplateSource> templates)
{
    private readonly List<ConfigError> _errors = [];
    private readonly List<ConfigWarning> _warnings = [];

    public RouterConfig Candidate { get; } = candidate;

    public IReadOnlyList<TemplateSource> Templates { get; } = templates;

    public IReadOnlyList<ConfigError> Errors => _errors;

    public IReadOnlyList<ConfigWarning> Warnings => _warnings;

    public void Error(ConfigLocation? location, string message) => _errors.Add(new ConfigError(location, message));

    public void Warn(ConfigLocation? location, string message) => _warnings.Add(new ConfigWarning(location, message));
}
