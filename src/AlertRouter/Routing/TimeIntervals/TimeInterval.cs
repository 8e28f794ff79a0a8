namespace AlertRouter.Routing.TimeIntervals;

/// <summary>
/// One entry of a named interval's <c>time_intervals</c> list (Alertmanager's <c>timeinterval.TimeInterval</c>).
/// A null list matches anything; a present list must contain the instant in at least one range.
/// </summary>
public sealed record TimeInterval
{
    public IReadOnlyList<TimeRange>? Times { get; init; }

    public IReadOnlyList<InclusiveRange>? Weekdays { get; init; }

    public IReadOnlyList<InclusiveRange>? DaysOfMonth { get; init; }

    public IReadOnlyList<InclusiveRange>? Months { get; init; }

    public IReadOnlyList<InclusiveRange>? Years { get; init; }

    /// <summary>Null means UTC.</summary>
    public TimeZoneInfo? Location { get; init; }

    public bool Contains(DateTimeOffset instant)
    {
        var t = Location is null ? instant.ToUniversalTime() : TimeZoneInfo.ConvertTime(instant, Location);
        if (Times is not null)
        {
            var minute = (t.Hour * 60) + t.Minute;
            if (!Times.Any(r => minute >= r.StartMinute && minute < r.EndMinute))
            {
                return false;
            }
        }

        if (DaysOfMonth is not null && !DaysOfMonth.Any(r => DayOfMonthMatches(r, t)))
        {
            return false;
        }

        if (Months is not null && !Months.Any(r => r.Contains(t.Month)))
        {
            return false;
        }

        if (Weekdays is not null && !Weekdays.Any(r => r.Contains((int)t.DayOfWeek)))
        {
            return false;
        }

        return Years is null || Years.Any(r => r.Contains(t.Year));
    }

    // Negative days count from the end of the month (calendar length, so DST days do not shift it).
    private static bool DayOfMonthMatches(InclusiveRange range, DateTimeOffset t)
    {
        var days = DateTime.DaysInMonth(t.Year, t.Month);
        var begin = range.Begin < 0 ? days + range.Begin + 1 : range.Begin;
        var end = range.End < 0 ? days + range.End + 1 : range.End;
        if (begin > days)
        {
            return false;
        }

        begin = Math.Clamp(begin, -days, days);
        end = Math.Clamp(end, -days, days);
        return t.Day >= begin && t.Day <= end;
    }
}
