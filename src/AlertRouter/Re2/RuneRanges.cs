namespace AlertRouter.Re2;

/// <summary>A cleaned set of code points: sorted, merged, inclusive [lo, hi] pairs.</summary>
internal sealed class RuneRanges
{
    public const int MaxRune = 0x10FFFF;

    private readonly int[] _pairs;

    private RuneRanges(int[] pairs) => _pairs = pairs;

    public int Count => _pairs.Length / 2;

    public (int Lo, int Hi) this[int index] => (_pairs[2 * index], _pairs[(2 * index) + 1]);

    public bool IsSingleRune => _pairs.Length == 2 && _pairs[0] == _pairs[1];

    public bool Contains(int rune)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (rune >= _pairs[i] && rune <= _pairs[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts and merges overlapping or abutting ranges.</summary>
    public static RuneRanges Clean(List<(int Lo, int Hi)> ranges)
    {
        ranges.Sort(static (a, b) => a.Lo != b.Lo ? a.Lo.CompareTo(b.Lo) : b.Hi.CompareTo(a.Hi));
        var merged = new List<int>(ranges.Count * 2);
        foreach (var (lo, hi) in ranges)
        {
            if (merged.Count > 0 && lo <= merged[^1] + 1)
            {
                merged[^1] = Math.Max(merged[^1], hi);
                continue;
            }

            merged.Add(lo);
            merged.Add(hi);
        }

        return new RuneRanges([.. merged]);
    }

    public RuneRanges Negate()
    {
        var result = new List<(int, int)>();
        var next = 0;
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (next <= _pairs[i] - 1)
            {
                result.Add((next, _pairs[i] - 1));
            }

            next = _pairs[i + 1] + 1;
        }

        if (next <= MaxRune)
        {
            result.Add((next, MaxRune));
        }

        return Clean(result);
    }

    public IEnumerable<(int Lo, int Hi)> Pairs()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return (_pairs[i], _pairs[i + 1]);
        }
    }
}
