using System.Text;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's strconv.FormatFloat for the formats fmt uses: 'e', 'E', 'f', 'g', 'G' (prec -1 = shortest).</summary>
internal static class GoFloat
{
    public static string Format(double v, char fmt, int prec, int bitSize)
    {
        var sb = new StringBuilder();
        Append(sb, v, fmt, prec, bitSize);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, double v, char fmt, int prec, int bitSize)
    {
        if (double.IsNaN(v))
        {
            sb.Append("NaN");
            return;
        }

        if (double.IsInfinity(v))
        {
            sb.Append(v > 0 ? "+Inf" : "-Inf");
            return;
        }

        var neg = v < 0 || (v == 0 && double.IsNegative(v));
        if (fmt is 'b' or 'x' or 'X')
        {
            AppendBinary(sb, v, fmt, prec, bitSize, neg);
            return;
        }

        var shortest = prec < 0;
        DecimalDigits digs;
        if (shortest)
        {
            digs = DecimalDigits.Shortest(v, bitSize);
            prec = fmt switch
            {
                'e' or 'E' => Math.Max(digs.Count - 1, 0),
                'f' => Math.Max(digs.Count - digs.DecimalPoint, 0),
                _ => digs.Count,
            };
        }
        else
        {
            var exact = DecimalDigits.Exact(bitSize == 32 ? (float)v : v);
            digs = fmt switch
            {
                'e' or 'E' => exact.Round(prec + 1),
                'f' => exact.Round(exact.DecimalPoint + prec),
                _ => exact.Round(prec == 0 ? 1 : prec),
            };
            if (fmt is 'g' or 'G' && prec == 0)
            {
                prec = 1;
            }
        }

        switch (fmt)
        {
            case 'e' or 'E':
                FmtE(sb, neg, digs, prec, fmt);
                return;
            case 'f':
                FmtF(sb, neg, digs, prec);
                return;
        }

        var eprec = prec;
        if (eprec > digs.Count && digs.Count >= digs.DecimalPoint)
        {
            eprec = digs.Count;
        }

        if (shortest)
        {
            eprec = 6;
        }

        var exp = digs.DecimalPoint - 1;

        if (exp < -4 || exp >= eprec)
        {
            if (prec > digs.Count)
            {
                prec = digs.Count;
            }

            FmtE(sb, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
            return;
        }

        if (prec > digs.DecimalPoint)
        {
            prec = digs.Count;
        }

        FmtF(sb, neg, digs, Math.Max(prec - digs.DecimalPoint, 0));
    }

    // strconv's 'b' (mantissa p exponent) and 'x'/'X' (hexadecimal mantissa and binary exponent) formats.
    private static void AppendBinary(StringBuilder sb, double v, char fmt, int prec, int bitSize, bool neg)
    {
        int mantBits = bitSize == 32 ? 23 : 52;
        int bias = bitSize == 32 ? -127 : -1023;
        ulong bits;
        int expBits;
        if (bitSize == 32)
        {
            bits = BitConverter.SingleToUInt32Bits((float)v);
            expBits = 8;
        }
        else
        {
            bits = BitConverter.DoubleToUInt64Bits(v);
            expBits = 11;
        }

        var exp = (int)(bits >> mantBits) & ((1 << expBits) - 1);
        var mant = bits & ((1UL << mantBits) - 1);
        if (exp == 0)
        {
            exp++;
        }
        else
        {
            mant |= 1UL << mantBits;
        }

        exp += bias;
        if (fmt == 'b')
        {
            if (neg)
            {
                sb.Append('-');
            }

            sb.Append(mant.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('p');
            exp -= mantBits;
            sb.Append(exp >= 0 ? "+" : "").Append(exp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (mant == 0)
        {
            exp = 0;
        }

        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1UL << 60)) == 0)
        {
            mant <<= 1;
            exp--;
        }

        if (prec is >= 0 and < 15)
        {
            var shift = prec * 4;
            var extra = (mant << shift) & ((1UL << 60) - 1);
            mant >>= 60 - shift;
            if ((extra | (mant & 1)) > 1UL << 59)
            {
                mant++;
            }

            mant <<= 60 - shift;
            if ((mant & (1UL << 61)) != 0)
            {
                mant >>= 1;
                exp++;
            }
        }

        var hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg)
        {
            sb.Append('-');
        }

        sb.Append('0').Append(fmt).Append((char)('0' + (int)((mant >> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0)
        {
            sb.Append('.');
            while (mant != 0)
            {
                sb.Append(hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }
        else if (prec > 0)
        {
            sb.Append('.');
            for (var i = 0; i < prec; i++)
            {
                sb.Append(hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }

        sb.Append(fmt == 'X' ? 'P' : 'p').Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        sb.Append(exp.ToString(exp < 100 ? "D2" : "D", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void FmtE(StringBuilder sb, bool neg, DecimalDigits d, int prec, char fmt)
    {
        if (neg)
        {
            sb.Append('-');
        }

        sb.Append(d.Count == 0 ? '0' : d.Digits[0]);
        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= prec; i++)
            {
                sb.Append(d.At(i));
            }
        }

        sb.Append(fmt);
        var exp = d.Count == 0 ? 0 : d.DecimalPoint - 1;
        sb.Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        if (exp < 10)
        {
            sb.Append('0').Append((char)('0' + exp));
        }
        else
        {
            sb.Append(exp);
        }
    }

    private static void FmtF(StringBuilder sb, bool neg, DecimalDigits d, int prec)
    {
        if (neg)
        {
            sb.Append('-');
        }

        if (d.DecimalPoint > 0)
        {
            for (var i = 0; i < d.DecimalPoint; i++)
            {
                sb.Append(d.At(i));
            }
        }
        else
        {
            sb.Append('0');
        }

        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 0; i < prec; i++)
            {
                var j = d.DecimalPoint + i;
                sb.Append(j >= 0 ? d.At(j) : '0');
            }
        }
    }
}
