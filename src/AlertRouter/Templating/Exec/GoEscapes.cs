using System.Globalization;
using System.Text;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Exec;

/// <summary>text/template's html, js and urlquery escapers (HTMLEscapeString, JSEscapeString, url.QueryEscape).</summary>
internal static class GoEscapes
{
    public static string Html(string s)
    {
        if (s.AsSpan().IndexOfAny("\0\"'&<>") < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\0' => "\uFFFD",
                '"' => "&#34;",
                '\'' => "&#39;",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    public static string Js(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            if (c < 0x80)
            {
                i++;
                switch (c)
                {
                    case '\\': sb.Append(@"\\"); break;
                    case '\'': sb.Append(@"\'"); break;
                    case '"': sb.Append("\\\""); break;
                    case '<': sb.Append(@"\u003C"); break;
                    case '>': sb.Append(@"\u003E"); break;
                    case '&': sb.Append(@"\u0026"); break;
                    case '=': sb.Append(@"\u003D"); break;
                    default:
                        if (c < ' ')
                        {
                            sb.Append(@"\u00").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }

                continue;
            }

            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            if (raw >= 0 || GoQuoting.IsPrint(r))
            {
                sb.Append(s, i, w);
            }
            else
            {
                sb.Append(@"\u").Append(r.ToString("X4", CultureInfo.InvariantCulture));
            }

            i += w;
        }

        return sb.ToString();
    }

    /// <summary>url.QueryEscape: unreserved bytes kept, space as '+', the rest %XX.</summary>
    public static string QueryEscape(string s) => PercentEncode(s, query: true);

    /// <summary>url.PathEscape-like escaping shared by QueryEscape.</summary>
    public static string PercentEncode(string s, bool query)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var b in GoString.ToBytes(s))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' ||
                b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                sb.Append((char)b);
            }
            else if (b == ' ' && query)
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
