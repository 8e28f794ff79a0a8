using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlertRouter.Yaml;

/// <summary>Prometheus's <c>model.Duration</c>: <c>1y2w3d4h5m6s7ms</c> (units in that order, each optional) or <c>0</c>.</summary>
public static partial class GoDuration
{
    private static readonly (string Unit, long Ms)[] Units =
    [
        ("y", 365L * 24 * 3600 * 1000), ("w", 7L * 24 * 3600 * 1000), ("d", 24L * 3600 * 1000),
        ("h", 3600L * 1000), ("m", 60L * 1000), ("s", 1000), ("ms", 1),
    ];

    [GeneratedRegex("^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Parses or throws <see cref="FormatException"/> with Prometheus's message.</summary>
    public static TimeSpan Parse(string s)
    {
        switch (s)
        {
            case "0":
                return TimeSpan.Zero;
            case "":
                throw new FormatException("empty duration string");
        }

        var m = Pattern().Match(s);
        if (!m.Success)
        {
            throw new FormatException($"not a valid duration string: {Model.GoQuote.Quote(s)}");
        }

        long total = 0;
        for (var i = 0; i < Units.Length; i++)
        {
            var group = m.Groups[(2 * i) + 2];
            if (!group.Success)
            {
                continue;
            }

            // Go keeps durations in int64 nanoseconds.
            if (!long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
                n > long.MaxValue / 1_000_000 / Units[i].Ms || (total += n * Units[i].Ms) > long.MaxValue / 1_000_000)
            {
                throw new FormatException("duration out of range");
            }
        }

        return TimeSpan.FromMilliseconds(total);
    }

    /// <summary><c>model.Duration.String()</c>: years and weeks only when exact, e.g. <c>4h</c>, <c>1d12h</c>, <c>0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        if (ms == 0)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        foreach (var (unit, mult) in Units)
        {
            if (unit is "y" or "w" && ms % mult != 0)
            {
                continue;
            }

            var v = ms / mult;
            if (v > 0)
            {
                sb.Append(v.ToString(CultureInfo.InvariantCulture)).Append(unit);
                ms -= v * mult;
            }
        }

        return sb.ToString();
    }
}
