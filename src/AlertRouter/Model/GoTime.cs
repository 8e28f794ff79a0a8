using System.Globalization;

namespace AlertRouter.Model;

/// <summary>
/// Alertmanager's times: RFC 3339 with up to nine fractional digits on input, Go's RFC3339Nano (trailing zeros dropped)
/// on output, and the zero time <c>0001-01-01T00:00:00Z</c> meaning "not set". .NET keeps 100 ns, so digits eight and
/// nine of an input are dropped.
/// </summary>
public static class GoTime
{
    public static readonly DateTimeOffset Zero = DateTimeOffset.MinValue;

    public static bool IsZero(DateTimeOffset time) => time.UtcTicks == 0;

    public static string Format(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
        return text + "Z";
    }

    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrEmpty(text) || text.Length < 20 || text[10] is not ('T' or 't'))
        {
            return false;
        }

        // Trim the fraction to the 7 digits .NET can hold; the rest of the string must still be strict RFC 3339.
        var dot = text.IndexOf('.', 19);
        var candidate = text;
        if (dot == 19)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - dot - 1;
            if (digits == 0 || digits > 9)
            {
                return false;
            }

            candidate = text[..(dot + 1 + Math.Min(digits, 7))] + text[end..];
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        return DateTimeOffset.TryParseExact(
            candidate.Replace('t', 'T').Replace('z', 'Z'), formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out time) && (time = time.ToUniversalTime()) == time;
    }
}
