namespace AlertRouter.Yaml;

public sealed class YamlSequence(ConfigLocation location, IReadOnlyList<YamlNode> items) : YamlNode(location)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindTag => "!!seq";
}
