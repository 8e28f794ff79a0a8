namespace AlertRouter.Yaml;

/// <summary>A node of a parsed YAML document, with the place it starts (for <c>path:line:col</c> errors).</summary>
public abstract class YamlNode(ConfigLocation location)
{
    public ConfigLocation Location { get; } = location;

    /// <summary>Go yaml.v2's name for the node kind in "cannot unmarshal" errors (<c>!!map</c>, <c>!!seq</c>, <c>!!str</c>…).</summary>
    public abstract string KindTag { get; }
}
