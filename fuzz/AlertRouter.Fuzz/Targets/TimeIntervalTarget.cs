using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AlertRouter.Routing.TimeIntervals;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// The members of a <c>time_intervals</c> entry, NUL-separated: weekdays, days_of_month, months, years, start_time,
/// end_time, location. Each parses or fails with <see cref="FormatException"/>; what parses is in range and in Go's
/// exact syntax, and the interval built from it answers instants as Alertmanager's <c>ContainsTime</c> does.
/// </summary>
internal sealed partial class TimeIntervalTarget : IFuzzTarget
{
    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "time-intervals";

    [GeneratedRegex(@"\A(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)\z")]
    private static partial Regex GoTime();

    [GeneratedRegex(@"\A[+-]?[0-9]+\z")]
    private static partial Regex GoAtoi();

    public void Run(ReadOnlySpan<byte> input)
    {
        var fields = FuzzText.Fields(input);
        string? Field(int i) => i < fields.Length ? fields[i] : null;

        var weekdays = Parse(Field(0), TimeIntervalSyntax.Weekday);
        PropertyViolation.Unless(weekdays is not { } w || (0 <= w.Begin && w.Begin <= w.End && w.End <= 6), "weekdays are sunday..saturday, in order");
        var days = Parse(Field(1), TimeIntervalSyntax.DayOfMonth);
        PropertyViolation.Unless(days is not { } d || (IsDay(d.Begin) && IsDay(d.End) && !(d.Begin < 0 && d.End > 0)), "days are ±1..31");
        var months = Parse(Field(2), TimeIntervalSyntax.Month);
        PropertyViolation.Unless(months is not { } m || m.Begin <= m.End, "months are in order");
        var years = Parse(Field(3), TimeIntervalSyntax.Year);
        PropertyViolation.Unless(years is not { } y || (y.Begin <= y.End && Field(3)!.Split(':').All(GoAtoi().IsMatch)), "years are Go integers, in order");
        var times = Field(4) is null ? null : Parse(Field(4), s => TimeIntervalSyntax.Times(s, Field(5)));
        PropertyViolation.Unless(times is not { } t || (GoTime().IsMatch(Field(4)!) && GoTime().IsMatch(Field(5)!) && 0 <= t.StartMinute && t.StartMinute < t.EndMinute && t.EndMinute <= 1440),
            "times are HH:MM exactly, start before end");
        TimeZoneInfo? location = null;
        if (Field(6) is { } zone)
        {
            try
            {
                location = TimeIntervalSyntax.Location(zone);
            }
            catch (FormatException)
            {
            }
        }

        var interval = new TimeInterval
        {
            Weekdays = weekdays is { } wd ? [wd] : null,
            DaysOfMonth = days is { } dm ? [dm] : null,
            Months = months is { } mo ? [mo] : null,
            Years = years is { } yr ? [yr] : null,
            Times = times is { } tr ? [tr] : null,
            Location = location,
        };
        foreach (var instant in Instants(SHA256.HashData(input)))
        {
            var local = location is null ? instant.ToUniversalTime() : TimeZoneInfo.ConvertTime(instant, location);
            var minute = (local.Hour * 60) + local.Minute;
            var expected = (times is not { } a || (minute >= a.StartMinute && minute < a.EndMinute)) &&
                (days is not { } b || DayMatches(b, local)) &&
                (months is not { } c || (local.Month >= c.Begin && local.Month <= c.End)) &&
                (weekdays is not { } e || ((int)local.DayOfWeek >= e.Begin && (int)local.DayOfWeek <= e.End)) &&
                (years is not { } f || (local.Year >= f.Begin && local.Year <= f.End));
            PropertyViolation.Unless(interval.Contains(instant) == expected, $"{instant:O} is in the interval exactly when each member holds");
        }
    }

    private static InclusiveRange? Parse(string? text, Func<string, InclusiveRange> parse) => text is null ? null : Try(() => parse(text));

    private static TimeRange? Parse(string? text, Func<string, TimeRange> parse) => text is null ? null : Try(() => parse(text));

    private static T? Try<T>(Func<T> parse)
        where T : struct
    {
        try
        {
            return parse();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsDay(int day) => day is >= 1 and <= 31 or >= -31 and <= -1;

    // Negative days count back from the month's last day; a start past the month's end matches nothing.
    private static bool DayMatches(InclusiveRange range, DateTimeOffset local)
    {
        var length = DateTime.DaysInMonth(local.Year, local.Month);
        var begin = range.Begin < 0 ? length + range.Begin + 1 : range.Begin;
        var end = range.End < 0 ? length + range.End + 1 : range.End;
        return begin <= length && local.Day >= begin && local.Day <= end;
    }

    // A few instants in 2000..2099 chosen by the input, so the fuzzer explores them too.
    private static IEnumerable<DateTimeOffset> Instants(byte[] hash)
    {
        for (var i = 0; i < 4; i++)
        {
            var minutes = BitConverter.ToUInt32(hash, i * 4) % (100 * 366 * 24 * 60);
            yield return Epoch.AddMinutes(minutes);
        }
    }
}
