namespace AlertRouter.Health;

/// <summary>When this process started, on the injected clock, for uptime in health output.</summary>
public sealed class ProcessClock(TimeProvider time)
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public double UptimeSeconds => Math.Round((time.GetUtcNow() - StartedAt).TotalSeconds, 3);

    public DateTimeOffset Now => time.GetUtcNow();
}
