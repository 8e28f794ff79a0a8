namespace AlertRouter.Store;

/// <summary>
/// The durable delivery queue and delivery log. Claims are leases: a replica that dies mid-delivery loses them and
/// the notification is delivered again (the documented at-least-once window).
/// </summary>
public interface INotificationStore
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> due notifications, oldest due first, skipping lanes
    /// (<c>receiver/integration</c>) in <paramref name="busyLanes"/> and any group/integration already being sent.
    /// Interrupted deliveries whose lease expired are put back first.
    /// </summary>
    Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyCollection<string> busyLanes, CancellationToken ct);

    /// <summary>
    /// Like the other overload, but takes at most <paramref name="perLane"/> notifications of any one lane, or
    /// <paramref name="laneSlots"/>[lane] for the lanes listed there (0 = the lane is full), so a worker never claims
    /// what its bulkheads cannot start (claiming and handing back costs a write each).
    /// </summary>
    Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyDictionary<string, int> laneSlots, int perLane, CancellationToken ct) =>
        ClaimAsync(owner, now, lease, Math.Min(limit, Math.Max(1, perLane)), [.. laneSlots.Where(l => l.Value <= 0).Select(l => l.Key)], ct);

    /// <summary>
    /// Records how a delivery ended, fenced by the lease: when <paramref name="owner"/> no longer holds it (it stalled
    /// past the lease and another replica recovered it), nothing is recorded except, for a delivered notification, the
    /// nflog entry, so whoever sends it next finds it already notified by the send-time dedup check.
    /// </summary>
    Task CompleteAsync(string owner, DeliveryCompletion completion, CancellationToken ct);

    /// <summary>
    /// Extends to <paramref name="until"/> the leases <paramref name="owner"/> still holds among <paramref name="ids"/>
    /// and returns those ids. A notification no longer sending under this owner (another replica recovered it after the
    /// lease ran out) is not renewed: it may be someone else's delivery by now.
    /// </summary>
    Task<IReadOnlySet<string>> RenewAsync(string owner, IReadOnlyCollection<string> ids, DateTimeOffset until, CancellationToken ct);

    /// <summary>
    /// At startup: deliveries this replica had in flight when it last died are put back at once rather than after
    /// their lease runs out (replica ids are unique among live replicas, so they cannot be anyone else's).
    /// </summary>
    Task RecoverOwnAsync(string owner, DateTimeOffset now, CancellationToken ct);

    Task<DateTimeOffset?> NextAttemptAsync(CancellationToken ct);

    Task<IReadOnlyList<NotificationRecord>> ListAsync(NotificationQuery query, CancellationToken ct);

    Task<NotificationRecord?> GetAsync(string id, CancellationToken ct);

    /// <summary>Puts a dead letter back in the queue. False when it is not a dead letter or a newer notification is pending.</summary>
    Task<bool> RetryDeadAsync(string id, DateTimeOffset now, CancellationToken ct);

    Task<QueueStats> StatsAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Drops what retention no longer keeps: finished notifications (delivered, cancelled) and their attempts, expired
    /// nflog entries, old webhook receipts, and resolved alerts that no group holds any more.
    /// </summary>
    Task<int> PurgeAsync(DateTimeOffset now, Retention retention, CancellationToken ct);
}
