namespace AlertRouter.Store;

/// <summary>
/// What one flush decided for one group, written in one transaction with the group's timer:
/// notifications to queue or supersede, pending ones to cancel, resolved alerts that may leave the group.
/// </summary>
/// <param name="NextFlushAt">The next timer; null drops the group (its route no longer exists).</param>
/// <param name="RemoveResolved">
/// Resolved alerts (with the version seen) that leave the group now if no notification of the group is still
/// outstanding; otherwise delivery removes them once it succeeds, as Alertmanager removes them after a flush that
/// did not fail.
/// </param>
public sealed record FlushResult(
    string GroupId,
    string GroupKey,
    string Receiver,
    DateTimeOffset FlushedAt,
    DateTimeOffset? NextFlushAt,
    IReadOnlyList<NotificationDecision> Decisions,
    IReadOnlyList<MemberRef> RemoveResolved);

/// <summary>For one integration of the group's receiver: queue this payload (superseding a pending one), or cancel.</summary>
public sealed record NotificationDecision(string Integration, string Reason, NotificationPayload? Payload);
