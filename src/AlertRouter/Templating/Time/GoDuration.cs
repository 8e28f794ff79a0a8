using System.Text;

namespace AlertRouter.Templating.Time;

/// <summary>Go's time.Duration.String: "1h2m3.5s", "1.5ms", "0s".</summary>
internal static class GoDuration
{
    public static string Format(long d)
    {
        var neg = d < 0;
        var u = neg ? 0 - (ulong)d : (ulong)d;
        var sb = new StringBuilder();
        if (u < 1_000_000_000)
        {
            if (u == 0)
            {
                return "0s";
            }

            string unit;
            int prec;
            if (u < 1_000)
            {
                unit = "ns";
                prec = 0;
            }
            else if (u < 1_000_000)
            {
                unit = "µs";
                prec = 3;
            }
            else
            {
                unit = "ms";
                prec = 6;
            }

            sb.Append(Frac(u, prec, out var whole)).Insert(0, whole).Append(unit);
        }
        else
        {
            var frac = Frac(u, 9, out var secs);
            var s = secs % 60;
            var m = secs / 60;
            var text = s + frac + "s";
            if (m > 0)
            {
                text = (m % 60) + "m" + text;
                var h = m / 60;
                if (h > 0)
                {
                    text = h + "h" + text;
                }
            }

            sb.Append(text);
        }

        if (neg)
        {
            sb.Insert(0, '-');
        }

        return sb.ToString();
    }

    // Go's fmtFrac: the fractional part of v/10^prec with trailing zeros (and a lone '.') omitted.
    private static string Frac(ulong v, int prec, out ulong whole)
    {
        var digits = new StringBuilder();
        var print = false;
        for (var i = 0; i < prec; i++)
        {
            var digit = v % 10;
            print = print || digit != 0;
            if (print)
            {
                digits.Insert(0, (char)('0' + (int)digit));
            }

            v /= 10;
        }

        whole = v;
        return print ? "." + digits : "";
    }
}
