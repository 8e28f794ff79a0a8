using AlertRouter.Model;

namespace AlertRouter.Notifiers.Templates;

/// <summary>Alertmanager's template <c>KV</c> operations over a label or annotation map.</summary>
internal static class TemplateKv
{
    private const string AlertName = "alertname";

    public static IReadOnlyDictionary<string, string> From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            sorted[key] = value;
        }

        return sorted;
    }

    /// <summary><c>KV.SortedPairs</c>: sorted by name, except that <c>alertname</c> comes first.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SortedPairs(IReadOnlyDictionary<string, string> kv) =>
        kv.OrderBy(p => p.Key == AlertName ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();

    /// <summary><c>KV.Values</c>: the values in <see cref="SortedPairs"/> order.</summary>
    public static IReadOnlyList<string> Values(IReadOnlyDictionary<string, string> kv) => SortedPairs(kv).Select(p => p.Value).ToArray();

    /// <summary><c>KV.Names</c>: the names in <see cref="SortedPairs"/> order.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyDictionary<string, string> kv) => SortedPairs(kv).Select(p => p.Key).ToArray();

    /// <summary><c>KV.Remove</c>: a copy without the given names.</summary>
    public static IReadOnlyDictionary<string, string> Remove(IReadOnlyDictionary<string, string> kv, IEnumerable<string> names)
    {
        var drop = names.ToHashSet(StringComparer.Ordinal);
        return From(kv.Where(p => !drop.Contains(p.Key)));
    }

    /// <summary>The pairs identical in every set (Alertmanager's commonLabels / commonAnnotations); empty for no sets.</summary>
    public static IReadOnlyDictionary<string, string> Common(IReadOnlyList<LabelSet> sets)
    {
        if (sets.Count == 0)
        {
            return From([]);
        }

        return From(sets[0].Where(pair => sets.All(s => s.TryGetValue(pair.Key, out var v) && v == pair.Value)));
    }
}
