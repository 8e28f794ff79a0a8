using AlertRouter.Model;

namespace AlertRouter.Routing;

/// <summary>
/// A compiled node of the route tree. Immutable once the tree is built; a reload builds a new tree.
/// </summary>
public sealed class Route
{
    private Route[] _children = [];

    internal Route(Route? parent, int index, Matchers matchers, bool @continue, RouteOpts options)
    {
        Parent = parent;
        Index = index;
        Matchers = matchers;
        Continue = @continue;
        Options = options;
        var own = matchers.ToString();
        Key = parent is null ? own : parent.Key + "/" + own;
        Id = parent is null ? own : $"{parent.Id}/{own}/{index}";
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public Route? Parent { get; }

    /// <summary>Position among the parent's children (0 for the root).</summary>
    public int Index { get; }

    public int Depth { get; }

    /// <summary>Alertmanager's <c>Route.Key()</c>: the parent's key + "/" + this node's matchers. Not unique.</summary>
    public string Key { get; }

    /// <summary>Alertmanager 0.28+'s <c>Route.ID()</c>: the key with each node's sibling index, unique in a tree.</summary>
    public string Id { get; }

    public Matchers Matchers { get; }

    public bool Continue { get; }

    public RouteOpts Options { get; }

    public IReadOnlyList<Route> Children => _children;

    /// <summary>Where the node was defined (<c>file:line:col</c>), for humans.</summary>
    public string? Source { get; internal init; }

    internal void SetChildren(IReadOnlyList<Route> children) => _children = [.. children];

    /// <summary>
    /// Alertmanager's <c>Route.Match</c> (§2.7): depth-first, left to right; a matching child stops its siblings
    /// unless it has <c>continue</c>; a node none of whose children match handles the alert itself. Duplicates are kept.
    /// Returns an empty list when this node's own matchers do not match.
    /// </summary>
    public IReadOnlyList<Route> Match(LabelSet labels)
    {
        var lookup = LabelLookup.Begin(labels);
        return MatchInto(lookup, lookup.Results) ? lookup.Results.ToArray() : [];
    }

    private bool MatchInto(LabelLookup lookup, List<Route> result)
    {
        if (!Matchers.Matches(lookup))
        {
            return false;
        }

        var before = result.Count;
        var children = _children;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i].MatchInto(lookup, result) && !children[i].Continue)
            {
                break;
            }
        }

        if (result.Count == before)
        {
            result.Add(this);
        }

        return true;
    }

    /// <summary>The alert's labels restricted to group_by (all of them with <c>...</c>); absent labels are left out.</summary>
    public LabelSet GroupLabels(LabelSet labels) => Options.GroupByAll ? labels : labels.Restrict(Options.GroupBy);

    /// <summary>Alertmanager's group key: <c>&lt;route key&gt;:&lt;group labels&gt;</c>, e.g. <c>{}/{team="db"}:{alertname="Disk"}</c>.</summary>
    public string GroupKey(LabelSet labels) => GroupKeyFor(GroupLabels(labels));

    public string GroupKeyFor(LabelSet groupLabels) => Key + ":" + groupLabels;

    /// <summary>This node and all its descendants, depth-first.</summary>
    public IEnumerable<Route> Walk()
    {
        yield return this;
        foreach (var child in _children)
        {
            foreach (var descendant in child.Walk())
            {
                yield return descendant;
            }
        }
    }

    public override string ToString() => Id;
}
