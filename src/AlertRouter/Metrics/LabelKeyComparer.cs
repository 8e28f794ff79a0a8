namespace AlertRouter.Metrics;

/// <summary>
/// Compares label keys, and lets a series table look a measurement's raw tag span up without building a key first,
/// so recording into an existing series allocates nothing (for string-valued tags).
/// </summary>
internal sealed class LabelKeyComparer : IEqualityComparer<LabelKey>, IAlternateEqualityComparer<ReadOnlySpan<KeyValuePair<string, object?>>, LabelKey>
{
    public static LabelKeyComparer Instance { get; } = new();

    public bool Equals(LabelKey? x, LabelKey? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null && x.Hash == y.Hash
            && x.Names.AsSpan().SequenceEqual(y.Names) && x.Values.AsSpan().SequenceEqual(y.Values));

    public int GetHashCode(LabelKey obj) => obj.Hash;

    public int GetHashCode(ReadOnlySpan<KeyValuePair<string, object?>> alternate)
    {
        var hash = 0;
        foreach (var tag in alternate)
        {
            var text = LabelKey.Text(tag.Value);
            if (text.Length > 0)
            {
                hash = unchecked(hash + LabelKey.PairHash(tag.Key, text));
            }
        }

        return hash;
    }

    public bool Equals(ReadOnlySpan<KeyValuePair<string, object?>> alternate, LabelKey other)
    {
        var present = 0;
        foreach (var tag in alternate)
        {
            var text = LabelKey.Text(tag.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var index = other.IndexOf(tag.Key);
            if (index < 0 || !string.Equals(other.Values[index], text, StringComparison.Ordinal))
            {
                return false;
            }

            present++;
        }

        if (present != other.Count)
        {
            return false;
        }

        // Equal counts are not enough: a span that repeats one tag would match a key with one more name.
        foreach (var name in other.Names)
        {
            if (!Contains(alternate, name))
            {
                return false;
            }
        }

        return true;
    }

    public LabelKey Create(ReadOnlySpan<KeyValuePair<string, object?>> alternate) => LabelKey.From(alternate);

    private static bool Contains(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (string.Equals(tag.Key, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
