namespace AlertRouter.Store;

/// <summary>One row of the delivery log, with its attempts.</summary>
public sealed record NotificationRecord(
    string Id,
    string GroupId,
    string GroupKey,
    string Receiver,
    string Integration,
    DeliveryState State,
    string Reason,
    NotificationPayload Payload,
    DateTimeOffset FlushAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset NextAttemptAt,
    int Attempts,
    int Superseded,
    string? LastError,
    int? LastStatus,
    string? LastReason,
    DateTimeOffset DeliveredAt,
    IReadOnlyList<AttemptRecord> AttemptLog);

public sealed record NotificationQuery(string? Receiver, string? Integration, DeliveryState? State, int Limit = 100);

/// <summary>Queue depth and dead letters per lane, and the age of the oldest waiting notification.</summary>
public sealed record QueueStats(
    IReadOnlyDictionary<(string Receiver, string Integration), int> Depth,
    IReadOnlyDictionary<(string Receiver, string Integration), int> DeadLetters,
    TimeSpan OldestAge);
