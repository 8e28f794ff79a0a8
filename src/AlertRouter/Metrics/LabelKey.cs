using System.Globalization;

namespace AlertRouter.Metrics;

/// <summary>
/// The label set of one series: tag names sorted ordinally, with their values as text. Tags whose value is empty are
/// left out because Prometheus treats an empty label as an absent one, and two keys must never name one series.
/// </summary>
internal sealed class LabelKey : IComparable<LabelKey>
{
    public static readonly LabelKey Empty = new([], []);

    private LabelKey(string[] names, string[] values)
    {
        Names = names;
        Values = values;
        var hash = 0;
        for (var i = 0; i < names.Length; i++)
        {
            hash = unchecked(hash + PairHash(names[i], values[i]));
        }

        Hash = hash;
    }

    public string[] Names { get; }

    public string[] Values { get; }

    /// <summary>A sum of pair hashes, so it does not depend on tag order (see <see cref="LabelKeyComparer"/>).</summary>
    public int Hash { get; }

    public int Count => Names.Length;

    public static LabelKey From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<(string Name, string Value)>(tags.Length);
        foreach (var tag in tags)
        {
            var text = Text(tag.Value);
            if (text.Length > 0)
            {
                pairs.Add((tag.Key, text));
            }
        }

        return Sorted(pairs);
    }

    public static LabelKey Of(params (string Name, string Value)[] labels) => Sorted([.. labels.Where(l => l.Value.Length > 0)]);

    /// <summary>The text of a tag value: strings as they are, everything else formatted invariantly.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static int PairHash(string name, string value) => HashCode.Combine(name, value);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Why this label set cannot be exported, or null when it can.</summary>
    public string? Problem()
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (MetricNameRules.CheckLabelName(Names[i]) is { } problem)
            {
                return problem;
            }

            if (i > 0 && Names[i] == Names[i - 1])
            {
                return $"tag '{Names[i]}' is given twice";
            }
        }

        return null;
    }

    public int CompareTo(LabelKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Count, other.Count); i++)
        {
            var byName = string.CompareOrdinal(Names[i], other.Names[i]);
            if (byName != 0)
            {
                return byName;
            }

            var byValue = string.CompareOrdinal(Values[i], other.Values[i]);
            if (byValue != 0)
            {
                return byValue;
            }
        }

        return Count.CompareTo(other.Count);
    }

    private static LabelKey Sorted(List<(string Name, string Value)> pairs)
    {
        if (pairs.Count == 0)
        {
            return Empty;
        }

        // By value too, so a (rejected) key that repeats a name is still built the same way every time.
        pairs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var c && c != 0 ? c : string.CompareOrdinal(a.Value, b.Value));
        return new LabelKey([.. pairs.Select(p => p.Name)], [.. pairs.Select(p => p.Value)]);
    }
}
