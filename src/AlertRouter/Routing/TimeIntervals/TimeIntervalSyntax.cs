using System.Globalization;
using System.Text.RegularExpressions;

namespace AlertRouter.Routing.TimeIntervals;

/// <summary>
/// Parses the string members of a time interval with Alertmanager's rules and error messages
/// (<c>timeinterval/timeinterval.go</c>). Every method throws <see cref="FormatException"/> with the exact message.
/// </summary>
public static partial class TimeIntervalSyntax
{
    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // Go's $ is the end of the text; .NET's also matches before a final newline, which accepted "24:00\n" (found by fuzzing).
    [GeneratedRegex(@"^((([01][0-9])|(2[0-3])):[0-5][0-9])\z|(^24:00\z)", RegexOptions.CultureInvariant)]
    private static partial Regex ValidTime();

    public static InclusiveRange Weekday(string input)
    {
        var r = Range(input, s => Array.IndexOf(WeekdayNames, s) is var i and >= 0 ? i : throw new FormatException($"{s} is not a valid weekday"));
        if (r.Begin > r.End)
        {
            throw new FormatException("start day cannot be before end day");
        }

        return r;
    }

    public static InclusiveRange DayOfMonth(string input)
    {
        var r = Range(input, Atoi);
        if (r.Begin == 0 || r.Begin < -31 || r.Begin > 31)
        {
            throw new FormatException($"{r.Begin} is not a valid day of the month: out of range");
        }

        if (r.End == 0 || r.End < -31 || r.End > 31)
        {
            throw new FormatException($"{r.End} is not a valid day of the month: out of range");
        }

        if (r.Begin < 0 && r.End > 0)
        {
            throw new FormatException("end day must be negative if start day is negative");
        }

        var checkBegin = r.Begin < 0 ? 28 + r.Begin : r.Begin;
        var checkEnd = r.End < 0 ? 28 + r.End : r.End;
        if (checkBegin > checkEnd)
        {
            throw new FormatException($"end day {r.End} is always before start day {r.Begin}");
        }

        return r;
    }

    public static InclusiveRange Month(string input)
    {
        var r = Range(input, s => Array.IndexOf(MonthNames, s) is var i and >= 0 ? i + 1
            : int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"{s} is not a valid month"));
        if (r.Begin > r.End)
        {
            throw new FormatException($"end month {MonthName(r.End)} is before start month {MonthName(r.Begin)}");
        }

        return r;
    }

    public static InclusiveRange Year(string input)
    {
        var r = Range(input, Atoi);
        if (r.Begin > r.End)
        {
            throw new FormatException($"end year {r.End} is before start year {r.Begin}");
        }

        return r;
    }

    /// <summary><c>start_time</c>/<c>end_time</c>; null or "" for a missing value.</summary>
    public static TimeRange Times(string? start, string? end)
    {
        if (string.IsNullOrEmpty(start) || string.IsNullOrEmpty(end))
        {
            throw new FormatException("both start and end times must be provided");
        }

        var s = Minutes(start);
        var e = Minutes(end);
        if (s >= e)
        {
            throw new FormatException("start time cannot be equal or greater than end time");
        }

        return new TimeRange(s, e);
    }

    /// <summary>An IANA zone name, <c>UTC</c> or <c>Local</c> (Go's time.LoadLocation).</summary>
    public static TimeZoneInfo Location(string name)
    {
        if (name is "" or "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        if (name == "Local")
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        // A name that is a directory of the zone database ("US", "Europe") throws SecurityException (found by fuzzing).
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException)
        {
            throw new FormatException($"unknown time zone {name}");
        }
    }

    private static int Minutes(string hhmm)
    {
        if (!ValidTime().IsMatch(hhmm))
        {
            throw new FormatException($"couldn't parse timestamp {hhmm}, invalid format");
        }

        return (int.Parse(hhmm[..2], CultureInfo.InvariantCulture) * 60) + int.Parse(hhmm[3..], CultureInfo.InvariantCulture);
    }

    private static string MonthName(int month) => month is >= 1 and <= 12 ? MonthNames[month - 1] : "";

    private static InclusiveRange Range(string input, Func<string, int> member)
    {
        var s = input.ToLowerInvariant();
        if (!s.Contains(':', StringComparison.Ordinal))
        {
            var v = member(s);
            return new InclusiveRange(v, v);
        }

        var parts = s.Split(':');
        if (parts.Length != 2)
        {
            throw new FormatException($"couldn't parse range {s}, invalid format");
        }

        return new InclusiveRange(member(parts[0]), member(parts[1]));
    }

    // Go's strconv.Atoi error text.
    private static int Atoi(string s) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"strconv.Atoi: parsing {Model.GoQuote.Quote(s)}: invalid syntax");
}
