using System.Globalization;
using System.Text;

namespace AlertRouter.Metrics;

/// <summary>Escaping and number formatting of text format 0.0.4, matching what client_golang writes.</summary>
internal static class PrometheusFormat
{
    // 2^53: below it every integral double is exact, so printing it as an integer loses nothing.
    private const double MaxExactInteger = 9007199254740992d;

    public static string Value(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        // Integers read better as 1048576 than as Go's 1.048576e+06, and both parse to the same float.
        if (Math.Abs(value) < MaxExactInteger && value == Math.Truncate(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return GoShortest(value);
    }

    /// <summary><c># HELP</c> text: only backslash and line feed are escaped.</summary>
    public static string EscapeHelp(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Label values: backslash, double quote and line feed are escaped.</summary>
    public static string EscapeLabelValue(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Go's <c>strconv.FormatFloat(v, 'g', -1, 64)</c>: the shortest digits that round-trip (which .NET's "R" also
    /// finds), laid out in %e form when the decimal exponent is below -4 or at least 6, with a two-digit exponent.
    /// </summary>
    private static string GoShortest(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        var body = negative ? text[1..] : text;
        var exponent = 0;
        var e = body.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var integral = dot < 0 ? body : body[..dot];
        var digits = integral + (dot < 0 ? "" : body[(dot + 1)..]);
        var point = integral.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        point -= leadingZeros;

        var result = new StringBuilder(negative ? "-" : "");
        var decimalExponent = point - 1;
        if (decimalExponent < -4 || decimalExponent >= 6)
        {
            result.Append(digits[0]);
            if (digits.Length > 1)
            {
                result.Append('.').Append(digits, 1, digits.Length - 1);
            }

            result.Append(decimalExponent < 0 ? "e-" : "e+")
                .Append(Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (point <= 0)
        {
            result.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            result.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            result.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return result.ToString();
    }
}
