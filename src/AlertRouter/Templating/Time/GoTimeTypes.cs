using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Time;

/// <summary>The Go types of package time that templates reach: Time, Duration, Month, Weekday, with their methods.</summary>
internal static class GoTimeTypes
{
    public static readonly GoType Duration = new("time.Duration", GoKind.Int64);
    public static readonly GoType Month = new("time.Month", GoKind.Int);
    public static readonly GoType Weekday = new("time.Weekday", GoKind.Int);
    public static readonly GoType Time = new("time.Time", GoKind.Struct);

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    static GoTimeTypes()
    {
        Duration
            .WithMethod(M("String", [], GoType.String, (r, _) => GoValue.String(GoDuration.Format(r.Int))))
            .WithMethod(M("Hours", [], GoType.Float64, (r, _) => GoValue.FromFloat(Split(r.Int, 3_600_000_000_000L))))
            .WithMethod(M("Minutes", [], GoType.Float64, (r, _) => GoValue.FromFloat(Split(r.Int, 60_000_000_000L))))
            .WithMethod(M("Seconds", [], GoType.Float64, (r, _) => GoValue.FromFloat(Split(r.Int, 1_000_000_000L))))
            .WithMethod(M("Milliseconds", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, r.Int / 1_000_000)))
            .WithMethod(M("Microseconds", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, r.Int / 1_000)))
            .WithMethod(M("Nanoseconds", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, r.Int)))
            .WithMethod(M("Round", [Duration], Duration, (r, a) => Dur(RoundDuration(r.Int, a[0].Int))))
            .WithMethod(M("Truncate", [Duration], Duration, (r, a) => Dur(a[0].Int <= 0 ? r.Int : r.Int - (r.Int % a[0].Int))))
            .WithMethod(M("Abs", [], Duration, (r, _) => Dur(r.Int >= 0 ? r.Int : r.Int == long.MinValue ? long.MaxValue : -r.Int)));
        Month.WithMethod(M("String", [], GoType.String, (r, _) =>
            GoValue.String(r.Int is >= 1 and <= 12 ? Months[r.Int - 1] : $"%!Month({r.Int})")));
        Weekday.WithMethod(M("String", [], GoType.String, (r, _) =>
            GoValue.String(r.Int is >= 0 and <= 6 ? Days[r.Int] : $"%!Weekday({r.Int})")));
        Time
            .WithMethod(M("String", [], GoType.String, (r, _) => GoValue.String(T(r).ToString())))
            .WithMethod(M("Format", [GoType.String], GoType.String, (r, a) => GoValue.String(GoTimeFormat.Format(T(r), a[0].Str))))
            .WithMethod(M("Unix", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, T(r).Unix)))
            .WithMethod(M("UnixMilli", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, FloorDiv(T(r).UnixNano, 1_000_000))))
            .WithMethod(M("UnixNano", [], GoType.Int64, (r, _) => GoValue.FromInt(GoType.Int64, T(r).UnixNano)))
            .WithMethod(M("UTC", [], Time, (r, _) => Of(T(r) with { Offset = TimeSpan.Zero, ZoneName = "UTC" })))
            .WithMethod(M("Local", [], Time, (r, _) => Of(T(r) with { Offset = TimeSpan.Zero, ZoneName = "UTC" })))
            .WithMethod(M("Add", [Duration], Time, (r, a) => Of(T(r).Add(a[0].Int))))
            .WithMethod(M("Sub", [Time], Duration, (r, a) => Dur(T(r).Sub(T(a[0])))))
            .WithMethod(M("AddDate", [GoType.Int, GoType.Int, GoType.Int], Time, (r, a) =>
                Of(T(r) with { Instant = T(r).Instant.AddYears((int)a[0].Int).AddMonths((int)a[1].Int).AddDays(a[2].Int) })))
            .WithMethod(M("Before", [Time], GoType.Bool, (r, a) => GoValue.FromBool(T(r).Sub(T(a[0])) < 0)))
            .WithMethod(M("After", [Time], GoType.Bool, (r, a) => GoValue.FromBool(T(r).Sub(T(a[0])) > 0)))
            .WithMethod(M("Equal", [Time], GoType.Bool, (r, a) => GoValue.FromBool(T(r).Sub(T(a[0])) == 0)))
            .WithMethod(M("IsZero", [], GoType.Bool, (r, _) => GoValue.FromBool(T(r).Instant.UtcTicks == 0)))
            .WithMethod(M("Year", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.Year)))
            .WithMethod(M("Month", [], Month, (r, _) => GoValue.FromInt(Month, T(r).Wall.Month)))
            .WithMethod(M("Day", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.Day)))
            .WithMethod(M("Hour", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.Hour)))
            .WithMethod(M("Minute", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.Minute)))
            .WithMethod(M("Second", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.Second)))
            .WithMethod(M("Nanosecond", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Nanosecond)))
            .WithMethod(M("YearDay", [], GoType.Int, (r, _) => GoValue.FromInt(T(r).Wall.DayOfYear)))
            .WithMethod(M("Weekday", [], Weekday, (r, _) => GoValue.FromInt(Weekday, (int)T(r).Wall.DayOfWeek)))
            .WithMethod(M("Truncate", [Duration], Time, (r, a) => Of(TruncateTime(T(r), a[0].Int))))
            .WithMethod(M("Round", [Duration], Time, (r, a) => Of(RoundTime(T(r), a[0].Int))));
    }

    public static GoValue Of(GoTimeValue t) => GoValue.FromObject(Time, t);

    public static GoValue Dur(long nanos) => GoValue.FromInt(Duration, nanos);

    private static GoTimeValue T(GoValue v) => v.Ref as GoTimeValue ?? GoTimeValue.Zero;

    private static GoFunc M(string name, GoType[] ps, GoType result, Func<GoValue, GoValue[], GoValue> f) =>
        new(name, ps, false, result, false, f);

    private static double Split(long d, long unit) => (d / unit) + ((double)(d % unit) / unit);

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b) < 0 ? 1 : 0);

    private static long RoundDuration(long d, long m)
    {
        if (m <= 0)
        {
            return d;
        }

        var r = d % m;
        if (d < 0)
        {
            r = -r;
            return r + r < m ? d + r : d - m + r;
        }

        return r + r < m ? d - r : d + m - r;
    }

    private static GoTimeValue TruncateTime(GoTimeValue t, long d)
    {
        if (d <= 0)
        {
            return t;
        }

        var ticks = Math.Max(d / 100, 1);
        var since = t.Instant.UtcTicks;
        return t with { Instant = new DateTimeOffset(since - (since % ticks), TimeSpan.Zero), ExtraNanos = d < 100 ? t.ExtraNanos : 0 };
    }

    private static GoTimeValue RoundTime(GoTimeValue t, long d)
    {
        if (d <= 0)
        {
            return t;
        }

        var ticks = Math.Max(d / 100, 1);
        var since = t.Instant.UtcTicks;
        var r = since % ticks;
        var rounded = r + r < ticks ? since - r : since + ticks - r;
        return t with { Instant = new DateTimeOffset(rounded, TimeSpan.Zero), ExtraNanos = 0 };
    }
}
