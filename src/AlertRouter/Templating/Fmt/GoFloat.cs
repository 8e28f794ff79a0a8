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
        if (digs.Count == 0)
        {
            exp = 0;
        }

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
