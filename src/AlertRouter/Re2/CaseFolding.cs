namespace AlertRouter.Re2;

/// <summary>
/// Case-fold orbits in the spirit of Go's unicode.SimpleFold (k, K and the Kelvin sign fold together), built once
/// from the invariant culture's simple case mappings over the BMP.
/// </summary>
internal static class CaseFolding
{
    private static readonly Lazy<Dictionary<int, int[]>> Orbits = new(Build);

    /// <summary>Adds every rune that folds together with a rune of [lo, hi].</summary>
    public static void AddFolded(List<(int Lo, int Hi)> ranges, int lo, int hi)
    {
        ranges.Add((lo, hi));
        var from = Math.Max(lo, 0x41);
        var to = Math.Min(hi, 0xFFFF);
        if (to - from > 0x3000)
        {
            // A range this wide already spans both cases of the scripts it touches.
            return;
        }

        for (var c = from; c <= to; c++)
        {
            if (Orbits.Value.TryGetValue(c, out var orbit))
            {
                foreach (var other in orbit)
                {
                    ranges.Add((other, other));
                }
            }
        }
    }

    private static Dictionary<int, int[]> Build()
    {
        var groups = new Dictionary<int, List<int>>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var ch = (char)c;
            var key = (int)char.ToLowerInvariant(char.ToUpperInvariant(ch));
            if (key == c && char.ToUpperInvariant(ch) == ch && char.ToLowerInvariant(ch) == ch)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [key];
            }

            if (!list.Contains(c))
            {
                list.Add(c);
            }
        }

        var orbits = new Dictionary<int, int[]>();
        foreach (var list in groups.Values.Where(l => l.Count > 1))
        {
            foreach (var member in list)
            {
                orbits[member] = [.. list.Where(m => m != member)];
            }
        }

        return orbits;
    }
}
