namespace AlertRouter.Yaml;

public sealed class YamlMapping(ConfigLocation location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(location)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindTag => "!!map";

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public bool Has(string key) => Entries.Any(e => e.Key.Value == key);
}
