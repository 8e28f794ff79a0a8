using System.Globalization;

namespace AlertRouter.Re2;

/// <summary>
/// <c>\p{…}</c> classes: Unicode general categories (<c>L</c>, <c>Lu</c>, …) and <c>Any</c>, spelled exactly as Go 1.19
/// (Alertmanager 0.25's) spells them, computed once from .NET's Unicode data. Go also knows scripts (<c>\p{Greek}</c>);
/// .NET has no script data, so those are rejected.
/// </summary>
internal static class UnicodeClasses
{
    private static readonly Lazy<Dictionary<UnicodeCategory, RuneRanges>> Categories = new(Build);

    private static readonly Dictionary<string, UnicodeCategory[]> Names = new(StringComparer.Ordinal)
    {
        ["Lu"] = [UnicodeCategory.UppercaseLetter],
        ["Ll"] = [UnicodeCategory.LowercaseLetter],
        ["Lt"] = [UnicodeCategory.TitlecaseLetter],
        ["Lm"] = [UnicodeCategory.ModifierLetter],
        ["Lo"] = [UnicodeCategory.OtherLetter],
        ["Mn"] = [UnicodeCategory.NonSpacingMark],
        ["Mc"] = [UnicodeCategory.SpacingCombiningMark],
        ["Me"] = [UnicodeCategory.EnclosingMark],
        ["Nd"] = [UnicodeCategory.DecimalDigitNumber],
        ["Nl"] = [UnicodeCategory.LetterNumber],
        ["No"] = [UnicodeCategory.OtherNumber],
        ["Zs"] = [UnicodeCategory.SpaceSeparator],
        ["Zl"] = [UnicodeCategory.LineSeparator],
        ["Zp"] = [UnicodeCategory.ParagraphSeparator],
        ["Cc"] = [UnicodeCategory.Control],
        ["Cf"] = [UnicodeCategory.Format],
        ["Cs"] = [UnicodeCategory.Surrogate],
        ["Co"] = [UnicodeCategory.PrivateUse],
        ["Pc"] = [UnicodeCategory.ConnectorPunctuation],
        ["Pd"] = [UnicodeCategory.DashPunctuation],
        ["Ps"] = [UnicodeCategory.OpenPunctuation],
        ["Pe"] = [UnicodeCategory.ClosePunctuation],
        ["Pi"] = [UnicodeCategory.InitialQuotePunctuation],
        ["Pf"] = [UnicodeCategory.FinalQuotePunctuation],
        ["Po"] = [UnicodeCategory.OtherPunctuation],
        ["Sm"] = [UnicodeCategory.MathSymbol],
        ["Sc"] = [UnicodeCategory.CurrencySymbol],
        ["Sk"] = [UnicodeCategory.ModifierSymbol],
        ["So"] = [UnicodeCategory.OtherSymbol],
    };

    /// <summary>
    /// The ranges for <paramref name="name"/>, or null when Go 1.19 does not know it: names are case-sensitive, with no
    /// <c>LC</c>, <c>ASCII</c> or <c>Assigned</c> and no loose spelling (newer Go versions added those; found by comparing
    /// fuzzed patterns with Go 1.19.8).
    /// </summary>
    public static RuneRanges? Lookup(string name)
    {
        if (name == "Any")
        {
            return RuneRanges.Clean([(0, RuneRanges.MaxRune)]);
        }

        if (name.Length == 1)
        {
            var members = Names.Where(kv => kv.Key[0] == name[0]).SelectMany(kv => kv.Value).ToArray();
            return members.Length == 0 ? null : Union(members);
        }

        return Names.TryGetValue(name, out var categories) ? Union(categories) : null;
    }

    private static RuneRanges Union(IEnumerable<UnicodeCategory> categories)
    {
        var all = new List<(int, int)>();
        foreach (var category in categories)
        {
            if (Categories.Value.TryGetValue(category, out var ranges))
            {
                all.AddRange(ranges.Pairs());
            }
        }

        return RuneRanges.Clean(all);
    }

    private static Dictionary<UnicodeCategory, RuneRanges> Build()
    {
        var lists = new Dictionary<UnicodeCategory, List<(int, int)>>();
        var current = CharUnicodeInfo.GetUnicodeCategory(0);
        var start = 0;
        for (var cp = 1; cp <= RuneRanges.MaxRune + 1; cp++)
        {
            var category = cp <= RuneRanges.MaxRune ? CharUnicodeInfo.GetUnicodeCategory(cp) : (UnicodeCategory)(-1);
            if (category == current)
            {
                continue;
            }

            if (!lists.TryGetValue(current, out var list))
            {
                lists[current] = list = [];
            }

            list.Add((start, cp - 1));
            current = category;
            start = cp;
        }

        return lists.ToDictionary(kv => kv.Key, kv => RuneRanges.Clean(kv.Value));
    }
}
