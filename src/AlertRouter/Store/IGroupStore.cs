namespace AlertRouter.Store;

/// <summary>
/// Aggregation groups, their timers and the nflog. Flushing is owned through row leases: a replica claims due groups
/// for a while and only its completion (checked against the lease) takes effect.
/// </summary>
public interface IGroupStore
{
    Task<IReadOnlyList<DueGroup>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct);

    /// <summary>The earliest next flush among all groups, or null when there are none.</summary>
    Task<DateTimeOffset?> NextFlushAsync(CancellationToken ct);

    Task<IReadOnlyDictionary<NflogKey, NflogEntry>> GetNflogAsync(IReadOnlyCollection<string> groupKeys, CancellationToken ct);

    Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct);

    /// <summary>Alerts changed after <paramref name="cursor"/> (a version), oldest first, and the cursor to ask with next.</summary>
    Task<(IReadOnlyList<StoredAlert> Alerts, long Cursor)> ReadChangesAsync(long cursor, int limit, CancellationToken ct);

    Task<IReadOnlyList<GroupState>> ListGroupsAsync(CancellationToken ct);

    /// <summary>How many groups exist and the earliest flush time among them.</summary>
    Task<(int Groups, DateTimeOffset? EarliestFlush)> StatsAsync(CancellationToken ct);

    /// <summary>
    /// After a config reload: makes every alert's memberships those <paramref name="route"/> gives now. Groups whose
    /// route and labels are unchanged keep their timers; groups no route produces any more are dropped.
    /// </summary>
    Task RerouteAsync(Func<StoredAlert, IReadOnlyList<GroupRef>> route, DateTimeOffset now, CancellationToken ct);
}

public readonly record struct NflogKey(string GroupKey, string Receiver, string Integration);
