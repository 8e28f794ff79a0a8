using System.Globalization;
using System.Text;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// x/text's cases.Title(language.AmericanEnglish), which Alertmanager's <c>title</c> uses: a cased letter that does not
/// continue a word gets its full title-case mapping (ß → Ss, ﬁ → Fi), every other cased letter its lower case. A word
/// continues through cased letters and case-ignorable characters (apostrophes, periods, colons, marks); digits,
/// underscores and spaces end it.
/// </summary>
internal static class TitleCase
{
    private static readonly Dictionary<int, string> FullTitle = new()
    {
        [0x00DF] = "Ss", [0xFB00] = "Ff", [0xFB01] = "Fi", [0xFB02] = "Fl", [0xFB03] = "Ffi", [0xFB04] = "Ffl", [0xFB05] = "St",
        [0xFB06] = "St", [0x0149] = "\u02BCN", [0x01F0] = "J\u030C", [0x0587] = "\u0535\u0582", [0x1E96] = "H\u0331",
        [0x1E97] = "T\u0308", [0x1E98] = "W\u030A", [0x1E99] = "Y\u030A", [0x1E9A] = "A\u02BE", [0x01C4] = "\u01C5",
        [0x01C5] = "\u01C5", [0x01C6] = "\u01C5", [0x01C7] = "\u01C8", [0x01C8] = "\u01C8", [0x01C9] = "\u01C8",
        [0x01CA] = "\u01CB", [0x01CB] = "\u01CB", [0x01CC] = "\u01CB", [0x01F1] = "\u01F2", [0x01F2] = "\u01F2", [0x01F3] = "\u01F2",
    };

    private const string CaseIgnorablePunctuation = "'.:\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A";

    public static string Apply(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inWord = false;
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            i += w;
            if (raw >= 0)
            {
                // x/text copies a byte that is not UTF-8 through unchanged, as an uncased character that ends a word.
                sb.Append(s[i - w]);
                inWord = false;
                continue;
            }

            var cat = CharUnicodeInfo.GetUnicodeCategory(r);
            var cased = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
            if (cased)
            {
                sb.Append(inWord ? Lower(r) : Title(r));
                inWord = true;
                continue;
            }

            GoQuoting.AppendRune(sb, r);
            var ignorable = cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol || CaseIgnorablePunctuation.Contains((char)r, StringComparison.Ordinal);
            inWord = inWord && ignorable;
        }

        return sb.ToString();
    }

    private static string Title(int r) =>
        FullTitle.TryGetValue(r, out var t) ? t : Rune.ToUpperInvariant(new Rune(r)).ToString();

    private static string Lower(int r) => r == 0x0130 ? "i\u0307" : Rune.ToLowerInvariant(new Rune(r)).ToString();
}
