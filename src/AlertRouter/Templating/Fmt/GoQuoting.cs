using System.Globalization;
using System.Text;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's strconv quoting and unquoting (Quote, QuoteToASCII, QuoteRune, Unquote, UnquoteChar, IsPrint).</summary>
internal static class GoQuoting
{
    private const string LowerHex = "0123456789abcdef";

    /// <summary>Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    public static bool IsPrint(int r)
    {
        if (r < 0x80)
        {
            return r is >= 0x20 and < 0x7F;
        }

        if (!Rune.IsValid(r))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>Go's unicode.IsGraphic: IsPrint plus the Unicode space separators.</summary>
    public static bool IsGraphic(int r) =>
        IsPrint(r) || (r >= 0x80 && Rune.IsValid(r) && CharUnicodeInfo.GetUnicodeCategory(r) == UnicodeCategory.SpaceSeparator);

    public static void Quote(StringBuilder sb, string s, bool asciiOnly, char quote = '"')
    {
        sb.Append(quote);
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            i += w;
            if (raw >= 0)
            {
                sb.Append("\\x").Append(LowerHex[raw >> 4]).Append(LowerHex[raw & 0xF]);
                continue;
            }

            AppendEscapedRune(sb, r, quote, asciiOnly);
        }

        sb.Append(quote);
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        Quote(sb, s, asciiOnly: false);
        return sb.ToString();
    }

    public static void QuoteRune(StringBuilder sb, long r, bool asciiOnly)
    {
        var rune = r is < 0 or > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) ? 0xFFFD : (int)r;
        sb.Append('\'');
        AppendEscapedRune(sb, rune, '\'', asciiOnly);
        sb.Append('\'');
    }

    private static void AppendEscapedRune(StringBuilder sb, int r, char quote, bool asciiOnly)
    {
        if (r == quote || r == '\\')
        {
            sb.Append('\\').Append((char)r);
            return;
        }

        if (asciiOnly ? r < 0x80 && IsPrint(r) : IsPrint(r))
        {
            AppendRune(sb, r);
            return;
        }

        switch (r)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }

        if (r < ' ' || r == 0x7F)
        {
            sb.Append("\\x").Append(LowerHex[r >> 4]).Append(LowerHex[r & 0xF]);
        }
        else if (r < 0x10000)
        {
            sb.Append("\\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append("\\U").Append(r.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    public static void AppendRune(StringBuilder sb, int r)
    {
        if (r < 0x10000)
        {
            sb.Append((char)r);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(r));
        }
    }

    /// <summary>Go's strconv.Unquote for "..", `..` and '..' literals; null on invalid syntax.</summary>
    public static string? Unquote(string s)
    {
        if (s.Length < 2 || s[0] != s[^1])
        {
            return null;
        }

        var quote = s[0];
        var body = s[1..^1];
        if (quote == '`')
        {
            return body.Contains('`', StringComparison.Ordinal) ? null : body.Replace("\r", "", StringComparison.Ordinal);
        }

        if (quote != '"' && quote != '\'')
        {
            return null;
        }

        if (body.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var bytes = new List<byte>(body.Length);
        var runes = 0;
        var rest = body;
        while (rest.Length > 0)
        {
            if (!UnquoteChar(rest, quote, out var value, out var multibyte, out var tail))
            {
                return null;
            }

            rest = tail;
            runes++;
            if (value < 0x80 || !multibyte)
            {
                bytes.Add((byte)value);
            }
            else
            {
                AppendUtf8(bytes, value);
            }

            if (quote == '\'' && rest.Length > 0)
            {
                return null;
            }
        }

        if (quote == '\'' && runes != 1)
        {
            return null;
        }

        return GoString.FromBytes(bytes.ToArray());
    }

    private static void AppendUtf8(List<byte> bytes, int r)
    {
        Span<byte> buf = stackalloc byte[4];
        var n = new Rune(r).EncodeToUtf8(buf);
        for (var i = 0; i < n; i++)
        {
            bytes.Add(buf[i]);
        }
    }

    /// <summary>
    /// Go's strconv.UnquoteChar: decodes the first character or escape of <paramref name="s"/>. <paramref name="multibyte"/>
    /// is true when the value is a rune to encode as UTF-8, false when it is a single byte (\x, octal).
    /// </summary>
    public static bool UnquoteChar(string s, char quote, out int value, out bool multibyte, out string tail)
    {
        value = 0;
        multibyte = false;
        tail = s;
        var c = s[0];
        if (c == quote && (quote == '\'' || quote == '"'))
        {
            return false;
        }

        if (c != '\\')
        {
            var r = GoString.DecodeRune(s, 0, out var w, out var raw);
            if (raw >= 0)
            {
                value = raw;
                multibyte = false;
            }
            else
            {
                value = r;
                multibyte = true;
            }

            tail = s[w..];
            return true;
        }

        if (s.Length <= 1)
        {
            return false;
        }

        var e = s[1];
        s = s[2..];
        switch (e)
        {
            case 'a': value = '\a'; break;
            case 'b': value = '\b'; break;
            case 'f': value = '\f'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 't': value = '\t'; break;
            case 'v': value = '\v'; break;
            case 'x' or 'u' or 'U':
                var n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (s.Length < n)
                {
                    return false;
                }

                var v = 0;
                for (var j = 0; j < n; j++)
                {
                    var d = HexVal(s[j]);
                    if (d < 0)
                    {
                        return false;
                    }

                    v = (v << 4) | d;
                }

                s = s[n..];
                if (e == 'x')
                {
                    value = v;
                    multibyte = false;
                    tail = s;
                    return true;
                }

                if (v > 0x10FFFF || v is >= 0xD800 and <= 0xDFFF || v < 0)
                {
                    return false;
                }

                value = v;
                multibyte = true;
                tail = s;
                return true;
            case >= '0' and <= '7':
                var o = e - '0';
                if (s.Length < 2)
                {
                    return false;
                }

                for (var j = 0; j < 2; j++)
                {
                    var d = s[j] - '0';
                    if (d is < 0 or > 7)
                    {
                        return false;
                    }

                    o = (o << 3) | d;
                }

                s = s[2..];
                if (o > 255)
                {
                    return false;
                }

                value = o;
                multibyte = false;
                tail = s;
                return true;
            case '\\': value = '\\'; break;
            case '\'' or '"':
                if (e != quote)
                {
                    return false;
                }

                value = e;
                break;
            default:
                return false;
        }

        multibyte = true;
        tail = s;
        return true;
    }

    private static int HexVal(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
