namespace AlertRouter.Store;

public enum DeliveryState
{
    Pending,
    Failed,
    Sending,
    Delivered,
    Dead,
    Cancelled,
}

public static class DeliveryStates
{
    public static string Name(this DeliveryState state) => state.ToString().ToLowerInvariant();

    public static DeliveryState? Parse(string? text) => Enum.TryParse<DeliveryState>(text, ignoreCase: true, out var s) ? s : null;
}

/// <summary>
/// How a leased notification ended this time. Delivered (and Cancelled by the send-time dedup) record
/// <see cref="Nflog"/> and let the group's delivered resolved alerts leave; Failed reschedules at
/// <see cref="NextAttemptAt"/> after failed attempts; Pending reschedules without an attempt (pacing, open
/// circuit); Dead gives up.
/// </summary>
public sealed record DeliveryCompletion(string Id, DeliveryState State, DateTimeOffset At)
{
    /// <summary>Every attempt made under this claim (the fast retries included), in order.</summary>
    public IReadOnlyList<AttemptRecord> Attempts { get; init; } = [];

    public DateTimeOffset? NextAttemptAt { get; init; }

    public string? Error { get; init; }

    public NflogEntry? Nflog { get; init; }

    /// <summary>How long the nflog entry counts: Alertmanager keeps it for 2 × repeat_interval.</summary>
    public TimeSpan NflogRetention { get; init; }

    public IReadOnlyList<MemberRef> RemoveResolved { get; init; } = [];
}

public sealed record AttemptRecord(int Attempt, DateTimeOffset StartedAt, TimeSpan Duration, string Outcome, int? StatusCode, string? Reason, string? Error);
