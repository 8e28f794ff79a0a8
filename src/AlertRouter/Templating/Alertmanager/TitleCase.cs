using System.Globalization;
using System.Text;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// x/text's cases.Title(language.AmericanEnglish): the first letter of each word in title case, the other letters of
/// the word in lower case. A word continues through letters, digits, marks and apostrophes between letters.
/// </summary>
internal static class TitleCase
{
    public static string Apply(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inWord = false;
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            if (raw >= 0)
            {
                sb.Append('\uFFFD');
                inWord = false;
                i += w;
                continue;
            }

            var cat = CharUnicodeInfo.GetUnicodeCategory(r);
            var isLetter = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
            var wordy = isLetter || r == '_' || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            var apostrophe = (r == '\'' || r == '\u2019' || r == '.' || r == ':') && inWord && i + w < s.Length && IsLetterAt(s, i + w);
            var text = char.ConvertFromUtf32(r);
            if (isLetter)
            {
                sb.Append(inWord ? text.ToLowerInvariant() : Title(text));
            }
            else
            {
                sb.Append(text);
            }

            inWord = wordy || apostrophe;
            i += w;
        }

        return sb.ToString();
    }

    private static bool IsLetterAt(string s, int i)
    {
        var r = GoString.DecodeRune(s, i, out _, out var raw);
        return raw < 0 && Rune.IsValid(r) && Rune.IsLetter(new Rune(r));
    }

    private static string Title(string text) => text switch
    {
        "ǆ" or "ǅ" or "Ǆ" => "ǅ",
        "ǉ" or "ǈ" or "Ǉ" => "ǈ",
        "ǌ" or "ǋ" or "Ǌ" => "ǋ",
        "ǳ" or "ǲ" or "Ǳ" => "ǲ",
        _ => text.ToUpperInvariant(),
    };
}
