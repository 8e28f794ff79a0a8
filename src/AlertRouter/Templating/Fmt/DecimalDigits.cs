using System.Globalization;
using System.Numerics;

namespace AlertRouter.Templating.Fmt;

/// <summary>
/// A float's decimal digits as strconv keeps them: value = 0.D1D2...Dn × 10^DecimalPoint. Shortest digits come from
/// .NET's round-trip formatting (the same shortest-uniquely-identifying digits as Go's Ryu); fixed-precision digits are
/// rounded half-to-even from the exact binary value, as Go does.
/// </summary>
internal readonly record struct DecimalDigits(string Digits, int DecimalPoint)
{
    public int Count => Digits.Length;

    public static DecimalDigits Shortest(double v, int bitSize)
    {
        v = Math.Abs(v);
        if (v == 0)
        {
            return new DecimalDigits("", 0);
        }

        var text = bitSize == 32 ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
        return Parse(text);
    }

    // Parses .NET's "R" output ("123.45", "1.2345E-05", "1E+21") into digits and decimal point.
    private static DecimalDigits Parse(string text)
    {
        var exp = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mant = text;
        if (e >= 0)
        {
            exp = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = text[..e];
        }

        var dot = mant.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mant : mant[..dot];
        var frac = dot < 0 ? "" : mant[(dot + 1)..];
        var digits = intPart + frac;
        var dp = intPart.Length + exp;
        var lead = 0;
        while (lead < digits.Length && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..];
        dp -= lead;
        digits = digits.TrimEnd('0');
        return new DecimalDigits(digits, digits.Length == 0 ? 0 : dp);
    }

    /// <summary>The exact decimal expansion of |v|.</summary>
    public static DecimalDigits Exact(double v)
    {
        v = Math.Abs(v);
        if (v == 0)
        {
            return new DecimalDigits("", 0);
        }

        var bits = BitConverter.DoubleToInt64Bits(v);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        string digits;
        int dp;
        if (exponent >= 0)
        {
            digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            dp = digits.Length;
        }
        else
        {
            digits = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            dp = digits.Length + exponent;
        }

        var trimmed = digits.TrimEnd('0');
        return new DecimalDigits(trimmed, dp);
    }

    /// <summary>Rounds to <paramref name="nd"/> digits, half to even on exact ties (Go's decimal.Round).</summary>
    public DecimalDigits Round(int nd)
    {
        if (nd < 0 || nd >= Digits.Length)
        {
            return nd < 0 ? new DecimalDigits("", 0) : this;
        }

        var up = Digits[nd] > '5' || (Digits[nd] == '5' && (nd + 1 < Digits.Length || (nd > 0 && (Digits[nd - 1] - '0') % 2 == 1)));
        if (!up)
        {
            var kept = Digits[..nd].TrimEnd('0');
            return new DecimalDigits(kept, kept.Length == 0 ? 0 : DecimalPoint);
        }

        var chars = Digits[..nd].ToCharArray();
        var i = nd - 1;
        while (i >= 0 && chars[i] == '9')
        {
            i--;
        }

        if (i < 0)
        {
            return new DecimalDigits("1", DecimalPoint + 1);
        }

        chars[i]++;
        return new DecimalDigits(new string(chars, 0, i + 1), DecimalPoint);
    }

    /// <summary>Digit at index <paramref name="i"/>, or '0' past the end.</summary>
    public char At(int i) => i < Digits.Length ? Digits[i] : '0';
}
