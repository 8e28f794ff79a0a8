using System.Globalization;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// RFC 3339 times with nanoseconds in a chosen zone, from "seconds relative to a whole second" specs: Go keeps all
/// nine digits and the zone, .NET's DateTimeOffset neither, so the text is built by hand.
/// </summary>
internal static class OracleTime
{
    /// <summary>What firing alerts post as endsAt: far enough to stay firing (Alertmanager zeroes it for templates).</summary>
    public const string FiringEnd = "2099-01-01T00:00:00Z";

    /// <summary>
    /// The whole second nearest to now: the base every relative time of one post is counted from. Start times at most
    /// half a second before it are less than a second old, so with group_wait 2s Alertmanager has a second to route
    /// the whole post before a group could flush early; end times half a second or more before it have passed.
    /// </summary>
    public static long BaseSecond(DateTimeOffset now) => (now.ToUnixTimeMilliseconds() + 500) / 1000;

    public static string Format(long baseSecond, string relativeSeconds, string zone)
    {
        var nanos = (long)(decimal.Parse(relativeSeconds, NumberStyles.Float, CultureInfo.InvariantCulture) * 1_000_000_000m);
        var total = (baseSecond * 1_000_000_000) + nanos;
        var seconds = Math.DivRem(total, 1_000_000_000, out var fraction);
        if (fraction < 0)
        {
            seconds--;
            fraction += 1_000_000_000;
        }

        var offset = zone == "Z" ? TimeSpan.Zero : TimeSpan.Parse(zone.TrimStart('+'), CultureInfo.InvariantCulture);
        var time = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
        var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (fraction > 0)
        {
            text += "." + fraction.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + zone;
    }
}
