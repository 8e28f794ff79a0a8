namespace AlertRouter.Templating.Exec;

/// <summary>A <c>map[string]interface{}</c> such as <c>dict</c> makes.</summary>
internal sealed class GoDictMap(Dictionary<string, GoValue> entries) : IGoMap
{
    private IReadOnlyList<string>? _sorted;

    public int Count => entries.Count;

    public IReadOnlyList<string> SortedKeys => _sorted ??= entries.Keys.Order(GoStringComparer.Instance).ToArray();

    public bool TryGet(string key, out GoValue value) => entries.TryGetValue(key, out value);
}
