using System.Globalization;
using System.Numerics;

namespace AlertRouter.Templating.Parse;

/// <summary>Go's strconv.ParseInt/ParseUint (base 0) and ParseFloat for template number constants.</summary>
internal static class GoNumbers
{
    public static bool FloatIsInt64(double f, out long value)
    {
        value = 0;
        if (double.IsNaN(f) || f < -9.2233720368547758E+18 || f >= 9.2233720368547758E+18)
        {
            return false;
        }

        value = (long)f;
        return value == f;
    }

    public static bool FloatIsUint64(double f, out ulong value)
    {
        value = 0;
        if (double.IsNaN(f) || f < 0 || f >= 1.8446744073709552E+19)
        {
            return false;
        }

        value = (ulong)f;
        return value == f;
    }

    /// <summary>ParseUint(s, 0, 64). Returns false on syntax or range errors.</summary>
    public static bool TryParseUint(string s, out ulong value)
    {
        value = 0;
        if (s.Length == 0 || s[0] is '+' or '-')
        {
            return false;
        }

        return TryParseMagnitude(s, out value) && UnderscoreOk(s);
    }

    /// <summary>ParseInt(s, 0, 64).</summary>
    public static bool TryParseInt(string s, out long value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        var neg = false;
        var body = s;
        if (s[0] is '+' or '-')
        {
            neg = s[0] == '-';
            body = s[1..];
        }

        if (!TryParseMagnitude(body, out var u) || !UnderscoreOk(s))
        {
            return false;
        }

        if (!neg && u > long.MaxValue)
        {
            return false;
        }

        if (neg && u > (ulong)long.MaxValue + 1)
        {
            return false;
        }

        value = neg ? (long)(0 - u) : (long)u;
        return true;
    }

    private static bool TryParseMagnitude(string s, out ulong value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        var b = 10;
        if (s[0] == '0' && s.Length > 1)
        {
            var p = char.ToLowerInvariant(s[1]);
            if (s.Length >= 3 && p == 'b')
            {
                b = 2;
                s = s[2..];
            }
            else if (s.Length >= 3 && p == 'o')
            {
                b = 8;
                s = s[2..];
            }
            else if (s.Length >= 3 && p == 'x')
            {
                b = 16;
                s = s[2..];
            }
            else
            {
                b = 8;
                s = s[1..];
            }
        }

        var any = false;
        foreach (var c in s)
        {
            if (c == '_')
            {
                continue;
            }

            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (d >= b)
            {
                return false;
            }

            if (value > (ulong.MaxValue - (ulong)d) / (ulong)b)
            {
                return false;
            }

            value = (value * (ulong)b) + (ulong)d;
            any = true;
        }

        return any;
    }

    /// <summary>Go's underscoreOK: underscores only between digits (a base prefix counts as a digit).</summary>
    public static bool UnderscoreOk(string s)
    {
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || (hex && char.ToLowerInvariant(c) is >= 'a' and <= 'f'))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }

    /// <summary>ParseFloat(s, 64): decimal or hexadecimal (with p exponent), underscores per Go; false on error or overflow.</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        if (s.Length == 0 || !UnderscoreOk(s))
        {
            return false;
        }

        var neg = s[0] == '-';
        var body = s[0] is '+' or '-' ? s[1..] : s;
        body = body.Replace("_", "", StringComparison.Ordinal);
        if (body.Length == 0)
        {
            return false;
        }

        if (body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X')
        {
            if (!TryParseHexFloat(body[2..], out value))
            {
                return false;
            }
        }
        else
        {
            foreach (var c in body)
            {
                if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
                {
                    return false;
                }
            }

            if (!double.TryParse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }

        if (double.IsInfinity(value))
        {
            return false;
        }

        value = neg ? -value : value;
        return true;
    }

    private static bool TryParseHexFloat(string s, out double value)
    {
        value = 0;
        var p = s.IndexOfAny(['p', 'P']);
        if (p < 0)
        {
            return false;
        }

        var mant = s[..p];
        if (!int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exp))
        {
            return false;
        }

        var dot = mant.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mant : mant.Remove(dot, 1);
        var frac = dot < 0 ? 0 : mant.Length - dot - 1;
        if (digits.Length == 0)
        {
            return false;
        }

        BigInteger m = 0;
        foreach (var c in digits)
        {
            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            m = (m * 16) + d;
        }

        value = Math.ScaleB((double)m, exp - (4 * frac));
        return true;
    }

    /// <summary>fmt.Sscan of a complex constant such as <c>1+2i</c>.</summary>
    public static bool TryParseComplex(string s, out Complex value)
    {
        value = default;
        if (!s.EndsWith('i'))
        {
            return false;
        }

        for (var i = s.Length - 2; i > 0; i--)
        {
            if (s[i] is '+' or '-' && s[i - 1] is not ('e' or 'E' or 'p' or 'P'))
            {
                if (TryParseFloat(s[..i], out var re) && TryParseFloat(s[i..^1], out var im))
                {
                    value = new Complex(re, im);
                    return true;
                }

                return false;
            }
        }

        return false;
    }
}
