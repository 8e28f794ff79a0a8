using System.Text;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's strings.ToUpper/ToLower: per-rune simple case mapping; a byte that is not UTF-8 becomes U+FFFD.</summary>
internal static class GoStrings
{
    public static string Map(string s, bool upper)
    {
        if (GoString.IsAscii(s))
        {
            return upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out _);
            if (w == 1 && char.IsSurrogate(s[i]))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                GoQuoting.AppendRune(sb, upper ? ToUpper(r) : ToLower(r));
            }

            i += w;
        }

        return sb.ToString();
    }

    // Go's unicode.ToUpper/ToLower use UnicodeData's simple mappings, which include the Turkish dotted and dotless i
    // that .NET's invariant casing leaves alone.
    private static int ToUpper(int r) => r switch
    {
        0x0131 => 'I',
        0x017F => 'S',
        _ => Rune.ToUpperInvariant(new Rune(r)).Value,
    };

    private static int ToLower(int r) => r == 0x0130 ? 'i' : Rune.ToLowerInvariant(new Rune(r)).Value;
}
