namespace AlertRouter.Store;

/// <summary>Per-destination send pacing, shared by every lane that reaches the same destination.</summary>
public interface IPacer
{
    /// <summary>
    /// Takes the next send slot of <paramref name="rule"/>'s destination for notification <paramref name="id"/>
    /// (<paramref name="cost"/> sends, e.g. one PagerDuty event per alert) and returns how long until that slot: zero
    /// means send now. A notification that comes back at its slot is given that slot, not a second one.
    /// </summary>
    ValueTask<TimeSpan> ReserveAsync(PacingRule rule, string id, int cost, CancellationToken ct);

    /// <summary>
    /// Holds every send to <paramref name="rule"/>'s destination until <paramref name="until"/> (a server's
    /// Retry-After); slots reserved before the hold that fall inside it are void.
    /// </summary>
    ValueTask HoldAsync(PacingRule rule, DateTimeOffset until, CancellationToken ct);
}
