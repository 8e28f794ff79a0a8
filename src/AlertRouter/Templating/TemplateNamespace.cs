using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating;

/// <summary>
/// The named templates of one Go template set, with Go's AddParseTree rule: a later definition replaces an earlier
/// one of the same name, except that an empty (white-space only) one never replaces a non-empty one.
/// </summary>
internal sealed class TemplateNamespace
{
    private readonly Dictionary<string, ParsedTree> _trees;
    private readonly TemplateNamespace? _parent;

    public TemplateNamespace(TemplateNamespace? parent = null)
    {
        _parent = parent;
        _trees = new Dictionary<string, ParsedTree>(StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => _parent is null ? _trees.Keys : _trees.Keys.Union(_parent.Names);

    public ParsedTree? Lookup(string name) => _trees.TryGetValue(name, out var t) ? t : _parent?.Lookup(name);

    public void Add(IReadOnlyDictionary<string, ParsedTree> trees)
    {
        foreach (var (name, tree) in trees)
        {
            if (tree.IsEmpty && Lookup(name) is not null)
            {
                continue;
            }

            _trees[name] = tree;
        }
    }
}
