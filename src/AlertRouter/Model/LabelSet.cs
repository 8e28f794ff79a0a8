using System.Collections;
using System.Text;

namespace AlertRouter.Model;

/// <summary>
/// An immutable set of label pairs, sorted by name in ordinal (byte) order as Prometheus sorts them.
/// A missing label reads as "" everywhere, as in Alertmanager's matchers and inhibition.
/// </summary>
public sealed class LabelSet : IReadOnlyList<KeyValuePair<string, string>>, IEquatable<LabelSet>
{
    public static readonly LabelSet Empty = new([]);

    private readonly KeyValuePair<string, string>[] _pairs;
    private ulong? _fingerprint;

    private LabelSet(KeyValuePair<string, string>[] sortedPairs) => _pairs = sortedPairs;

    public static LabelSet From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var array = pairs.ToArray();
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Key == array[i - 1].Key)
            {
                throw new ArgumentException($"duplicate label name \"{array[i].Key}\"", nameof(pairs));
            }
        }

        return array.Length == 0 ? Empty : new LabelSet(array);
    }

    /// <summary>Pairs already sorted by name (as the store writes them); falls back to sorting when they are not.</summary>
    public static LabelSet FromSorted(List<KeyValuePair<string, string>> pairs)
    {
        for (var i = 1; i < pairs.Count; i++)
        {
            if (string.CompareOrdinal(pairs[i - 1].Key, pairs[i].Key) >= 0)
            {
                return From(pairs);
            }
        }

        return pairs.Count == 0 ? Empty : new LabelSet([.. pairs]);
    }

    public static LabelSet Of(params (string Name, string Value)[] pairs) =>
        From(pairs.Select(p => KeyValuePair.Create(p.Name, p.Value)));

    public int Count => _pairs.Length;

    public KeyValuePair<string, string> this[int index] => _pairs[index];

    public IEnumerable<string> Names => _pairs.Select(p => p.Key);

    /// <summary>The value of <paramref name="name"/>, or "" when the label is absent.</summary>
    public string Get(string name) => TryGetValue(name, out var value) ? value : "";

    public bool Contains(string name) => TryGetValue(name, out _);

    public bool TryGetValue(string name, out string value)
    {
        var lo = 0;
        var hi = _pairs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = string.CompareOrdinal(_pairs[mid].Key, name);
            if (cmp == 0)
            {
                value = _pairs[mid].Value;
                return true;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        value = "";
        return false;
    }

    /// <summary>The labels whose names are in <paramref name="names"/>; absent names are simply left out.</summary>
    public LabelSet Restrict(IEnumerable<string> names)
    {
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var name in names)
        {
            if (TryGetValue(name, out var value))
            {
                kept.Add(KeyValuePair.Create(name, value));
            }
        }

        return From(kept);
    }

    /// <summary>Alertmanager's fingerprint: FNV-1a 64 over sorted "name 0xFF value 0xFF".</summary>
    public Fingerprint Fingerprint => new(_fingerprint ??= Fnv1a.Hash(_pairs));

    /// <summary>Go's <c>model.LabelSet.String()</c>: <c>{a="x", b="y"}</c> with strconv.Quote'd values.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < _pairs.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(_pairs[i].Key).Append('=');
            GoQuote.Append(sb, _pairs[i].Value);
        }

        return sb.Append('}').ToString();
    }

    public Dictionary<string, string> ToDictionary() => _pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public bool Equals(LabelSet? other)
    {
        if (other is null || other._pairs.Length != _pairs.Length)
        {
            return false;
        }

        for (var i = 0; i < _pairs.Length; i++)
        {
            if (!string.Equals(_pairs[i].Key, other._pairs[i].Key, StringComparison.Ordinal) ||
                !string.Equals(_pairs[i].Value, other._pairs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode() => Fingerprint.GetHashCode();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
