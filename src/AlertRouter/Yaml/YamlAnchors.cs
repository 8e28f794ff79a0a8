using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AlertRouter.Yaml;

/// <summary>
/// The anchors of one document and every use of them. An alias resolves to the anchored node itself, but everything
/// after the reader walks the document as a tree, so a few lines of aliases of aliases ("billion laughs") expand to
/// millions of nodes: <see cref="ExcessiveAlias"/> applies Go yaml.v2's limit on alias expansion, which Alertmanager has.
/// </summary>
internal sealed class YamlAnchors(string file)
{
    private const long Cap = 1L << 40;

    private readonly Dictionary<string, YamlNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<(ConfigLocation At, YamlNode Target)> _uses = [];

    public void Define(string name, YamlNode node) => _nodes[name] = node;

    public YamlNode Resolve(AnchorAlias alias)
    {
        if (!_nodes.TryGetValue(alias.Value.Value, out var target))
        {
            throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value.Value}' referenced");
        }

        _uses.Add((new ConfigLocation(file, (int)alias.Start.Line, (int)alias.Start.Column), target));
        return target;
    }

    /// <summary>Where the largest expansion is used when aliases make up too much of the expanded document, else null.</summary>
    public ConfigLocation? ExcessiveAlias(YamlNode root)
    {
        if (_uses.Count == 0)
        {
            return null;
        }

        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var expanded = Size(root, sizes);
        var aliased = expanded - sizes.Count;
        return aliased > 100 && expanded > 1000 && (double)aliased / expanded > AllowedRatio(expanded)
            ? _uses.MaxBy(u => sizes.GetValueOrDefault(u.Target)).At
            : null;
    }

    // yaml.v2: up to 99% of a document of at most 400,000 nodes may come from aliases, scaling down to 10% at 4,000,000.
    private static double AllowedRatio(long nodes) => nodes switch
    {
        <= 400_000 => 0.99,
        >= 4_000_000 => 0.10,
        _ => 0.99 - (0.89 * (nodes - 400_000) / 3_600_000.0),
    };

    // Nodes in the document once every alias is expanded (distinct nodes are memoised, so this is linear).
    private static long Size(YamlNode node, Dictionary<YamlNode, long> sizes)
    {
        if (sizes.TryGetValue(node, out var size))
        {
            return size;
        }

        size = 1 + node switch
        {
            YamlMapping mapping => mapping.Entries.Sum(e => Size(e.Key, sizes) + Size(e.Value, sizes)),
            YamlSequence sequence => sequence.Items.Sum(item => Size(item, sizes)),
            _ => 0,
        };
        sizes[node] = Math.Min(size, Cap);
        return sizes[node];
    }
}
