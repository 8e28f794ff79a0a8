
namespace AlertRouter.Yaml;

/// <summary>
/// Shared state of one load: collected errors and warnings, environment expansion, and what the YAML printer must know
/// about scalars (expanded values, secrets, AlertRouter-only keys).
/// </summary>
internal sealed class ParseContext(EnvironmentExpander env)
{
    private List<string>? _missingSink;

    public List<ConfigError> Errors { get; } = [];

    public List<ConfigWarning> Warnings { get; } = [];

    /// <summary>Scalars whose text changed through <c>${VAR}</c> expansion.</summary>
    public Dictionary<YamlScalar, string> Expanded { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Scalars holding secrets (printed as <c>&lt;secret&gt;</c>).</summary>
    public HashSet<YamlNode> Secrets { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Keys only AlertRouter understands, left out of Alertmanager-format output.</summary>
    public HashSet<YamlScalar> Extensions { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Unconfigured integrations, left out of the Alertmanager YAML that config show prints (with the reason).</summary>
    public Dictionary<YamlNode, string> Unconfigured { get; } = new(ReferenceEqualityComparer.Instance);

    public void Error(YamlNode? node, string message) => Errors.Add(new ConfigError(node?.Location, message));

    public void Error(ConfigLocation? location, string message) => Errors.Add(new ConfigError(location, message));

    public void Warn(YamlNode? node, string message) => Warnings.Add(new ConfigWarning(node?.Location, message));

    /// <summary>
    /// While parsing one integration, unset variables are collected (the integration becomes unconfigured) instead
    /// of being errors. Dispose the result to stop collecting.
    /// </summary>
    public IDisposable CollectMissing(List<string> sink)
    {
        var previous = _missingSink;
        _missingSink = sink;
        return new Restore(() => _missingSink = previous);
    }

    /// <summary>Expands <c>${VAR}</c>; true when every variable resolved.</summary>
    public bool TryExpand(YamlScalar scalar, out string value)
    {
        var (expanded, missing) = env.Expand(scalar.Value);
        if (!ReferenceEquals(expanded, scalar.Value) && expanded != scalar.Value)
        {
            Expanded[scalar] = expanded;
        }

        value = expanded;
        if (missing.Count == 0)
        {
            return true;
        }

        if (_missingSink is not null)
        {
            _missingSink.AddRange(missing.Where(m => !_missingSink.Contains(m)));
        }
        else
        {
            foreach (var name in missing)
            {
                Error(scalar, $"environment variable {name} is not set (write ${{{name}:-default}} to give a default)");
            }
        }

        return false;
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
