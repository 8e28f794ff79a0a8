using System.Text;

namespace AlertRouter.Templating.Html;

/// <summary>CSS escape decoding and character classes (html/template css.go).</summary>
internal static class CssDecode
{
    public static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    public static bool IsNmchar(int r) =>
        r is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' ||
        r is >= 0x80 and <= 0xd7ff or >= 0xe000 and <= 0xfffd or >= 0x10000 and <= 0x10ffff;

    public static bool IsCssSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    /// <summary>Go's decodeCSS: resolves <c>\HEX </c> and <c>\c</c> escapes.</summary>
    public static string Decode(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var b = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var bs = s.IndexOf('\\', i);
            if (bs < 0)
            {
                bs = s.Length;
            }

            b.Append(s, i, bs - i);
            i = bs;
            if (s.Length - i < 2)
            {
                break;
            }

            if (IsHex(s[i + 1]))
            {
                var j = i + 2;
                while (j < s.Length && j - i < 7 && IsHex(s[j]))
                {
                    j++;
                }

                var r = Convert.ToInt32(s[(i + 1)..j], 16);
                if (r > 0x10FFFF)
                {
                    r /= 16;
                    j--;
                }

                b.Append(r is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(r));
                i = SkipCssSpace(s, j);
            }
            else
            {
                var w = char.IsSurrogatePair(s, i + 1) ? 2 : 1;
                b.Append(s, i + 1, w);
                i += 1 + w;
            }
        }

        return b.ToString();
    }

    private static int SkipCssSpace(string s, int i)
    {
        if (i >= s.Length)
        {
            return i;
        }

        return s[i] switch
        {
            '\t' or '\n' or '\f' or ' ' => i + 1,
            '\r' => i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1,
            _ => i,
        };
    }
}
