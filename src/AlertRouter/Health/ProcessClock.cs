namespace AlertRouter.Health;

/// <summary>When this process started, on the injected clock, for uptime in health output.</summary>
public sealed class ProcessClock(TimeProvider time)
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public double UptimeSeconds => Math.Round((time.GetUtcNow() - StartedAt).TotalSeconds, 3);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Now as the probes print it: RFC 3339 UTC with a Z.</summary>
    public string Timestamp => Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
