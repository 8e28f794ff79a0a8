namespace AlertRouter.Delivery;

/// <summary>Per-destination send pacing, shared by every lane that reaches the same destination.</summary>
public interface IPacer
{
    /// <summary>Takes a send slot now and returns zero, or returns how long to wait before asking again.</summary>
    ValueTask<TimeSpan> ReserveAsync(PacingRule rule, CancellationToken ct);

    /// <summary>Holds every send to <paramref name="key"/> until <paramref name="until"/> (a server's Retry-After).</summary>
    ValueTask HoldAsync(string key, DateTimeOffset until, CancellationToken ct);
}
