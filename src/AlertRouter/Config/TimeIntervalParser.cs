using AlertRouter.Yaml;
using AlertRouter.Routing.TimeIntervals;

namespace AlertRouter.Config;

/// <summary><c>time_intervals</c> / <c>mute_time_intervals</c> entries (§6), with Alertmanager's messages.</summary>
internal static class TimeIntervalParser
{
    public static NamedTimeInterval? Parse(YamlNode node, ParseContext ctx, bool legacy)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        if (!m.IsValid)
        {
            return null;
        }

        var name = m.Str("name");
        var intervals = m.List("time_intervals", (item, _) => Interval(item, ctx), "[]timeinterval.TimeInterval") ?? [];
        m.Finish();
        if (!name.Resolved || name.Value!.Length == 0)
        {
            ctx.Error(node, legacy ? "missing name in mute time interval" : "missing name in time interval");
            return null;
        }

        return new NamedTimeInterval(name.Value, intervals.OfType<TimeInterval>().ToList());
    }

    private static TimeInterval? Interval(YamlNode node, ParseContext ctx)
    {
        var m = new MappingReader(node, "timeinterval.plain", ctx);
        if (!m.IsValid)
        {
            return null;
        }

        var times = m.List("times", (item, _) => Times(item, ctx), "[]timeinterval.TimeRange");
        var weekdays = Ranges(m, "weekdays", TimeIntervalSyntax.Weekday, ctx);
        var days = Ranges(m, "days_of_month", TimeIntervalSyntax.DayOfMonth, ctx);
        var months = Ranges(m, "months", TimeIntervalSyntax.Month, ctx);
        var years = Ranges(m, "years", TimeIntervalSyntax.Year, ctx);
        var location = m.Str("location");
        TimeZoneInfo? zone = null;
        if (location.Resolved)
        {
            try
            {
                zone = TimeIntervalSyntax.Location(location.Value!);
            }
            catch (FormatException e)
            {
                ctx.Error(location.Node, e.Message);
            }
        }

        m.Finish();
        return new TimeInterval
        {
            Times = times?.OfType<TimeRange>().ToList(),
            Weekdays = weekdays,
            DaysOfMonth = days,
            Months = months,
            Years = years,
            Location = zone,
        };
    }

    private static TimeRange? Times(YamlNode node, ParseContext ctx)
    {
        var m = new MappingReader(node, "timeinterval.yamlTimeRange", ctx);
        var start = m.Str("start_time");
        var end = m.Str("end_time");
        m.Finish();
        try
        {
            return TimeIntervalSyntax.Times(start.Value, end.Value);
        }
        catch (FormatException e)
        {
            ctx.Error(node, e.Message);
            return null;
        }
    }

    private static List<InclusiveRange>? Ranges(MappingReader m, string key, Func<string, InclusiveRange> parse, ParseContext ctx)
    {
        var items = m.StringList(key);
        if (items is null)
        {
            return null;
        }

        var result = new List<InclusiveRange>();
        foreach (var item in items.Where(i => i.Resolved))
        {
            try
            {
                result.Add(parse(item.Value!));
            }
            catch (FormatException e)
            {
                ctx.Error(item.Node, e.Message);
            }
        }

        return result;
    }
}
