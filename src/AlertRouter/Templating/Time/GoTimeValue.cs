namespace AlertRouter.Templating.Time;

/// <summary>
/// Go's time.Time as templates see it: an instant (100 ns precision, as AlertRouter keeps times), the zone offset and
/// the zone's abbreviation ("UTC" for UTC; empty for a fixed offset without a name, which Go prints as "+0200").
/// </summary>
internal sealed record GoTimeValue(DateTimeOffset Instant, TimeSpan Offset, string ZoneName)
{
    public static readonly GoTimeValue Zero = new(DateTimeOffset.MinValue, TimeSpan.Zero, "UTC");

    public static GoTimeValue Utc(DateTimeOffset t) => new(t.ToUniversalTime(), TimeSpan.Zero, "UTC");

    /// <summary>A time as Alertmanager decodes it from RFC 3339: UTC when the offset is zero, else an unnamed fixed zone.</summary>
    public static GoTimeValue FromOffset(DateTimeOffset t) =>
        t.Offset == TimeSpan.Zero ? Utc(t) : new GoTimeValue(t.ToUniversalTime(), t.Offset, "");

    /// <summary>The wall clock in this time's zone.</summary>
    public DateTime Wall => Instant.UtcDateTime.Add(Offset);

    public int Nanosecond => (int)(Instant.UtcTicks % TimeSpan.TicksPerSecond) * 100;

    public bool IsZero => Instant.UtcTicks == 0 && Offset == TimeSpan.Zero;

    public long Unix => (Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerSecond
                        - ((Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % TimeSpan.TicksPerSecond < 0 ? 1 : 0);

    public long UnixNano => (Instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    public GoTimeValue In(TimeSpan offset, string zone) => new(Instant, offset, zone);

    public GoTimeValue Add(long nanos) => this with { Instant = Instant.AddTicks(nanos / 100) };

    public long Sub(GoTimeValue other) => (Instant.UtcTicks - other.Instant.UtcTicks) * 100;

    public override string ToString() => GoTimeFormat.Format(this, "2006-01-02 15:04:05.999999999 -0700 MST");
}
