namespace AlertRouter.Re2;

/// <summary>Single-character escapes of Go RE2 syntax: punctuation, C escapes, octal and hex.</summary>
internal static class Re2Escapes
{
    /// <summary>A single-character escape (<c>\.</c>, <c>\n</c>, <c>\x41</c>, <c>\x{263a}</c>, <c>\012</c>).</summary>
    public static int ParseEscape(string s, ref int i)
    {
        var start = i;
        var t = i + 1;
        if (t >= s.Length)
        {
            throw new Re2Exception(Re2ErrorCode.TrailingBackslash, "");
        }

        var c = Re2ClassParser.RuneAt(s, t, out var width);
        t += width;
        int? result = c switch
        {
            < 0x80 when !char.IsAsciiLetterOrDigit((char)c) => c,
            >= '1' and <= '7' when t < s.Length && s[t] is >= '0' and <= '7' => Octal(s, c, ref t),
            '0' => Octal(s, c, ref t),
            'x' => Hex(s, ref t),
            'a' => '\a',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            _ => null,
        };
        if (result is null)
        {
            throw new Re2Exception(Re2ErrorCode.InvalidEscape, s[start..Math.Min(t, s.Length)]);
        }

        i = t;
        return result.Value;
    }

    private static int Octal(string s, int first, ref int t)
    {
        var r = first - '0';
        for (var n = 1; n < 3 && t < s.Length && s[t] is >= '0' and <= '7'; n++, t++)
        {
            r = (r * 8) + (s[t] - '0');
        }

        return r;
    }

    private static int? Hex(string s, ref int t)
    {
        if (t >= s.Length)
        {
            return null;
        }

        if (s[t] == '{')
        {
            t++;
            var r = 0;
            var digits = 0;
            while (true)
            {
                if (t >= s.Length)
                {
                    return null;
                }

                var c = s[t++];
                if (c == '}')
                {
                    break;
                }

                if (!char.IsAsciiHexDigit(c) || (r = (r * 16) + Convert.ToInt32(c.ToString(), 16)) > RuneRanges.MaxRune)
                {
                    return null;
                }

                digits++;
            }

            return digits == 0 ? null : r;
        }

        var x = s[t++];
        if (t >= s.Length)
        {
            return null;
        }

        var y = s[t++];
        return char.IsAsciiHexDigit(x) && char.IsAsciiHexDigit(y) ? Convert.ToInt32($"{x}{y}", 16) : null;
    }
}
