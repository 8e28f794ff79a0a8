using AlertRouter.Re2;

namespace AlertRouter.Routing;

/// <summary>
/// Every string a regex can match, when that set is small: <c>critical|page</c>, <c>(High|Low)Latency</c>,
/// <c>eu-(west|north)-[12]</c>, <c>(?i)foo</c>. Such regexes become set lookups.
/// </summary>
internal static class FiniteLanguage
{
    private const int MaxStrings = 256;
    private const int MaxClassSize = 32;
    private const int MaxRepeat = 8;

    public static IReadOnlyList<string>? Strings(Re2Node node)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.EmptyMatch:
                return [""];
            case Re2NodeKind.Literal:
                return IsSurrogate(node.Rune) ? null : [char.ConvertFromUtf32(node.Rune)];
            case Re2NodeKind.CharClass:
                return Class(node.Ranges!);
            case Re2NodeKind.Concat:
                IReadOnlyList<string> product = [""];
                foreach (var sub in node.Subs)
                {
                    if (Strings(sub) is not { } part || product.Count * part.Count > MaxStrings)
                    {
                        return null;
                    }

                    product = product.SelectMany(a => part.Select(b => a + b)).ToList();
                }

                return product;
            case Re2NodeKind.Alternate:
                var union = new List<string>();
                foreach (var sub in node.Subs)
                {
                    if (Strings(sub) is not { } part || union.Count + part.Count > MaxStrings)
                    {
                        return null;
                    }

                    union.AddRange(part);
                }

                return union.Distinct(StringComparer.Ordinal).ToList();
            case Re2NodeKind.Repeat when node.Max >= 0 && node.Max <= MaxRepeat:
                var alternatives = Enumerable.Range(node.Min, node.Max - node.Min + 1)
                    .Select(n => new Re2Node(Re2NodeKind.Concat) { Subs = Enumerable.Repeat(node.Subs[0], n).ToList() }).ToList();
                return Strings(new Re2Node(Re2NodeKind.Alternate) { Subs = alternatives });
            default:
                return null;
        }
    }

    private static IReadOnlyList<string>? Class(RuneRanges ranges)
    {
        var strings = new List<string>();
        foreach (var (lo, hi) in ranges.Pairs())
        {
            if (hi - lo + 1 + strings.Count > MaxClassSize)
            {
                return null;
            }

            for (var r = lo; r <= hi; r++)
            {
                if (!IsSurrogate(r))
                {
                    strings.Add(char.ConvertFromUtf32(r));
                }
            }
        }

        return strings;
    }

    private static bool IsSurrogate(int rune) => rune is >= 0xD800 and <= 0xDFFF;
}
