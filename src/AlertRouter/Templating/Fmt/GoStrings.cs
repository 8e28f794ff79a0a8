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
                var rune = new Rune(r);
                GoQuoting.AppendRune(sb, (upper ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune)).Value);
            }

            i += w;
        }

        return sb.ToString();
    }
}
