using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Time;

/// <summary>Go's time.LoadLocation + Time.In over the system's tz database.</summary>
internal static class GoZones
{
    public static GoTimeValue In(GoTimeValue t, string name)
    {
        if (name is "" or "UTC")
        {
            return GoTimeValue.Utc(t.Instant);
        }

        if (name == "Local")
        {
            return GoTimeValue.Utc(t.Instant);
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new GoFuncException($"unknown time zone {name}");
        }

        var offset = zone.GetUtcOffset(t.Instant);
        return new GoTimeValue(t.Instant, offset, Abbreviation(zone, t.Instant, offset));
    }

    // Go prints the tz database's abbreviation; .NET exposes it as the zone's name only for some zones, so fall back to
    // Go's own rule for zones without a letter abbreviation: the numeric offset ("+0530").
    private static string Abbreviation(TimeZoneInfo zone, DateTimeOffset at, TimeSpan offset)
    {
        var name = zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;
        if (name.Length is >= 3 and <= 5 && name.All(c => char.IsAsciiLetterUpper(c)))
        {
            return name;
        }

        var minutes = (int)offset.TotalMinutes;
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.Abs(minutes);
        return minutes % 60 == 0 ? $"{sign}{minutes / 60:00}" : $"{sign}{minutes / 60:00}{minutes % 60:00}";
    }
}
