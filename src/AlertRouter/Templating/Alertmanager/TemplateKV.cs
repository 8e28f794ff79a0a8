using AlertRouter.Model;
using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>Alertmanager's <c>template.KV</c> (map[string]string), kept sorted by key in Go's byte order.</summary>
internal sealed class TemplateKV : IGoMap
{
    public static readonly TemplateKV Empty = new([], []);

    private readonly string[] _keys;
    private readonly string[] _values;
    private GoValue? _sortedPairs;

    private TemplateKV(string[] keys, string[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;

    public IReadOnlyList<string> SortedKeys => _keys;

    public static TemplateKV From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var list = pairs.ToList();
        list.Sort((a, b) => GoStringComparer.Instance.Compare(a.Key, b.Key));
        return list.Count == 0 ? Empty : new TemplateKV([.. list.Select(p => p.Key)], [.. list.Select(p => p.Value)]);
    }

    public static TemplateKV From(LabelSet labels) => From((IEnumerable<KeyValuePair<string, string>>)labels);

    public bool TryGet(string key, out GoValue value)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                value = GoValue.String(_values[i]);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>SortedPairs: <c>alertname</c> first when present, then the other keys in byte order.</summary>
    public GoValue SortedPairs()
    {
        if (_sortedPairs is { } cached)
        {
            return cached;
        }

        var pairs = new TemplatePair[_keys.Length];
        var n = 0;
        var nameAt = Array.IndexOf(_keys, "alertname");
        if (nameAt >= 0)
        {
            pairs[n++] = new TemplatePair(_keys[nameAt], _values[nameAt]);
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (i != nameAt)
            {
                pairs[n++] = new TemplatePair(_keys[i], _values[i]);
            }
        }

        var v = GoValue.FromObject(AlertmanagerTypes.Pairs, new PairsSlice(pairs, 0, pairs.Length));
        _sortedPairs = v;
        return v;
    }

    public TemplateKV Remove(IGoSlice? keys)
    {
        var drop = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; keys is not null && i < keys.Count; i++)
        {
            drop.Add(keys[i].Str);
        }

        var k = new List<string>(_keys.Length);
        var v = new List<string>(_keys.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (!drop.Contains(_keys[i]))
            {
                k.Add(_keys[i]);
                v.Add(_values[i]);
            }
        }

        return new TemplateKV([.. k], [.. v]);
    }
}
