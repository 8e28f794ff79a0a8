using System.Text;

namespace AlertRouter.Routing.Utf8;

/// <summary>Go's <c>strconv.Unquote</c> for double-quoted strings, plus the UTF-8 validity check of the matcher parser.</summary>
internal static class GoUnquote
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryUnquote(string quoted, out string value)
    {
        value = "";
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            return false;
        }

        var bytes = new List<byte>(quoted.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 1; i < quoted.Length - 1;)
        {
            var c = quoted[i];
            if (c is '"' or '\n')
            {
                return false;
            }

            if (c != '\\')
            {
                var width = char.IsHighSurrogate(c) && i + 1 < quoted.Length - 1 && char.IsLowSurrogate(quoted[i + 1]) ? 2 : 1;
                var n = Encoding.UTF8.GetBytes(quoted.AsSpan(i, width), buffer);
                bytes.AddRange(buffer[..n].ToArray());
                i += width;
                continue;
            }

            if (!TryEscape(quoted, ref i, bytes))
            {
                return false;
            }
        }

        try
        {
            value = StrictUtf8.GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool TryEscape(string s, ref int i, List<byte> bytes)
    {
        var end = s.Length - 1;
        if (i + 1 >= end)
        {
            return false;
        }

        var c = s[i + 1];
        i += 2;
        switch (c)
        {
            case 'a': bytes.Add(0x07); return true;
            case 'b': bytes.Add(0x08); return true;
            case 'f': bytes.Add(0x0C); return true;
            case 'n': bytes.Add(0x0A); return true;
            case 'r': bytes.Add(0x0D); return true;
            case 't': bytes.Add(0x09); return true;
            case 'v': bytes.Add(0x0B); return true;
            case '\\': bytes.Add((byte)'\\'); return true;
            case '"': bytes.Add((byte)'"'); return true;
            case 'x':
                return TryHex(s, ref i, 2, out var x) && Add(bytes, (byte)x);
            case 'u' or 'U':
                if (!TryHex(s, ref i, c == 'u' ? 4 : 8, out var cp) || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
                {
                    return false;
                }

                bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp)));
                return true;
            case >= '0' and <= '7':
                if (i + 2 > end || !IsOctal(s[i]) || !IsOctal(s[i + 1]))
                {
                    return false;
                }

                var v = ((c - '0') * 64) + ((s[i] - '0') * 8) + (s[i + 1] - '0');
                i += 2;
                return v <= 255 && Add(bytes, (byte)v);
            default:
                return false;
        }
    }

    private static bool Add(List<byte> bytes, byte b)
    {
        bytes.Add(b);
        return true;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool TryHex(string s, ref int i, int digits, out int value)
    {
        value = 0;
        if (i + digits > s.Length - 1)
        {
            return false;
        }

        for (var k = 0; k < digits; k++)
        {
            var c = s[i + k];
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            value = (value * 16) + (c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a' + 10));
        }

        i += digits;
        return true;
    }
}
