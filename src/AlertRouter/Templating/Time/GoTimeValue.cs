namespace AlertRouter.Templating.Time;

/// <summary>
/// Go's time.Time as templates see it: an instant (a DateTimeOffset plus the 0-99 nanoseconds below its 100 ns tick),
/// the zone offset and the zone's abbreviation ("UTC" for UTC; empty for a fixed offset without a name, which Go prints
/// as "+0200").
/// </summary>
internal sealed record GoTimeValue(DateTimeOffset Instant, TimeSpan Offset, string ZoneName, int ExtraNanos = 0)
{
    public static readonly GoTimeValue Zero = new(DateTimeOffset.MinValue, TimeSpan.Zero, "UTC");

    public static GoTimeValue Utc(DateTimeOffset t) => new(t.ToUniversalTime(), TimeSpan.Zero, "UTC");

    /// <summary>A time as Alertmanager decodes it from RFC 3339: UTC when the offset is zero, else an unnamed fixed zone.</summary>
    public static GoTimeValue FromOffset(DateTimeOffset t, int extraNanos = 0) =>
        t.Offset == TimeSpan.Zero ? Utc(t) with { ExtraNanos = extraNanos } : new GoTimeValue(t.ToUniversalTime(), t.Offset, "", extraNanos);

    /// <summary>The wall clock in this time's zone.</summary>
    public DateTime Wall => Instant.UtcDateTime.Add(Offset);

    public int Nanosecond => ((int)(Instant.UtcTicks % TimeSpan.TicksPerSecond) * 100) + ExtraNanos;

    public bool IsZero => Instant.UtcTicks == 0 && Offset == TimeSpan.Zero;

    public long Unix => (Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerSecond
                        - ((Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % TimeSpan.TicksPerSecond < 0 ? 1 : 0);

    public long UnixNano => ((Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100) + ExtraNanos;

    public GoTimeValue In(TimeSpan offset, string zone) => new(Instant, offset, zone);

    public GoTimeValue Add(long nanos)
    {
        var total = ExtraNanos + nanos;
        var ticks = Math.DivRem(total, 100, out var rest);
        if (rest < 0)
        {
            ticks--;
            rest += 100;
        }

        return this with { Instant = Instant.AddTicks(ticks), ExtraNanos = (int)rest };
    }

    public long Sub(GoTimeValue other) => ((Instant.UtcTicks - other.Instant.UtcTicks) * 100) + ExtraNanos - other.ExtraNanos;

    public override string ToString() => GoTimeFormat.Format(this, "2006-01-02 15:04:05.999999999 -0700 MST");
}
