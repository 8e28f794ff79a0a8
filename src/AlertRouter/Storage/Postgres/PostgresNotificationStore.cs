using System.Text.Json;
using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// The delivery queue on the shared database. Claims take due rows with <c>FOR UPDATE SKIP LOCKED</c> (replicas
/// claiming at once get different rows and never wait), lease them to the replica, and completions are fenced by
/// that lease. Lock order, as everywhere: the group row first, then its notifications.
/// </summary>
internal sealed partial class PostgresNotificationStore(PostgresDatabase database) : INotificationStore
{
    private const string Columns = """
        id, group_id, group_key, receiver, integration, state, reason, payload, flush_at, created_at, updated_at,
        next_attempt_at, attempts, superseded, last_error, last_status, last_reason, delivered_at
        """;

    public Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyCollection<string> busyLanes, CancellationToken ct) =>
        ClaimAsync(owner, now, lease, limit, busyLanes.Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => 0, StringComparer.Ordinal), int.MaxValue, ct);

    public Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyDictionary<string, int> laneSlots, int perLane, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<ClaimedNotification>>(async tx =>
        {
            await RecoverAsync(tx, now, null, ct);
            var ids = await PostgresClaimCandidates.PickAsync(tx, now, limit, laneSlots, perLane, ct);
            if (ids.Count == 0)
            {
                return [];
            }

            // The candidates were read without locks: SKIP LOCKED passes over those another replica is claiming right
            // now, and the state is checked again on the locked row. "No second sending row per group and
            // integration" holds because only one row per group and integration can be waiting (a unique index) and
            // the candidates never have a sibling in 'sending'.
            var claimed = await tx.ListAsync("""
                WITH c AS (SELECT id FROM notifications WHERE id = ANY(@ids) AND state IN ('pending', 'failed') FOR UPDATE SKIP LOCKED)
                UPDATE notifications n SET state = 'sending', lease_owner = @owner, lease_until = @until, updated_at = @now FROM c WHERE n.id = c.id
                RETURNING n.id, n.group_id, n.group_key, n.receiver, n.integration, n.reason, n.payload, n.flush_at, n.created_at, n.attempts
                """, r => new ClaimedNotification(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    r.GetString(5), Payload(r.GetString(6)), StoreTime.From(r.GetInt64(7)), StoreTime.From(r.GetInt64(8)), r.GetInt32(9), null),
                ct, ("ids", ids.ToArray()), ("owner", owner), ("until", (now + lease).UtcTicks), ("now", now.UtcTicks));
            if (claimed.Count == 0)
            {
                return [];
            }

            var nflog = (await tx.ListAsync("""
                SELECT l.group_key, l.receiver, l.integration, l.firing, l.resolved, l.sent_at, l.receiver_data FROM nflog l
                JOIN unnest(@k::text[], @r::text[], @i::text[]) AS t(k, r, i) ON l.group_key = t.k AND l.receiver = t.r AND l.integration = t.i
                """, r => (Key: (r.GetString(0), r.GetString(1), r.GetString(2)), Entry: PostgresGroupStore.ReadNflog(r, 3)), ct,
                ("k", claimed.Select(c => c.GroupKey).ToArray()), ("r", claimed.Select(c => c.Receiver).ToArray()),
                ("i", claimed.Select(c => c.Integration).ToArray())))
                .DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Entry);

            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            return [.. claimed.OrderBy(c => order[c.Id]).Select(c => c with { Nflog = nflog.GetValueOrDefault((c.GroupKey, c.Receiver, c.Integration)) })];
        }, ct);

    public Task<IReadOnlySet<string>> RenewAsync(string owner, IReadOnlyCollection<string> ids, DateTimeOffset until, CancellationToken ct) =>
        ids.Count == 0 ? Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal)) :
        database.WriteAsync<IReadOnlySet<string>>(async tx => (await tx.ListAsync("""
            UPDATE notifications SET lease_until = greatest(lease_until, @until)
            WHERE id = ANY(@ids) AND state = 'sending' AND lease_owner = @owner RETURNING id
            """, r => r.GetString(0), ct, ("ids", ids.ToArray()), ("owner", owner), ("until", until.UtcTicks))).ToHashSet(StringComparer.Ordinal), ct);

    public Task RecoverOwnAsync(string owner, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(tx => RecoverAsync(tx, now, owner, ct), ct);

    // A delivery whose lease ran out was interrupted (crash, kill -9, a stall), or its owner restarted: send it again
    // now, unless a newer decision for the same group and integration is already pending, which then carries the
    // latest state instead. SKIP LOCKED: when two replicas recover at once, each row is recovered by one of them.
    private static Task<int> RecoverAsync(PgTx tx, DateTimeOffset now, string? owner, CancellationToken ct) =>
        tx.ExecuteAsync($"""
            WITH expired AS (
              SELECT id FROM notifications WHERE state = 'sending' AND {(owner is null ? "lease_until <= @now" : "lease_owner = @owner")}
              FOR UPDATE SKIP LOCKED)
            UPDATE notifications n SET
              state = CASE WHEN EXISTS (SELECT 1 FROM notifications p WHERE p.group_id = n.group_id
                  AND p.integration = n.integration AND p.state IN ('pending', 'failed')) THEN 'cancelled' ELSE 'failed' END,
              lease_owner = '', lease_until = 0, updated_at = @now, next_attempt_at = least(n.next_attempt_at, @now), last_error = @why
            FROM expired WHERE n.id = expired.id
            """, ct, ("now", now.UtcTicks), ("owner", owner ?? ""), ("why", owner is null
                ? "delivery interrupted: lease expired (the process died or stalled)"
                : "delivery interrupted: the process stopped mid-delivery (sent again at restart)"));

    internal static NotificationPayload Payload(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.NotificationPayload)!;

    /// <summary>
    /// The next time a claim can find work: a waiting row that is due and not held back by a delivery of the same
    /// group and integration in flight, or the end of a lease (a sending row to recover, or to wait behind).
    /// </summary>
    public Task<DateTimeOffset?> NextAttemptAsync(CancellationToken ct) =>
        database.ReadAsync(async connection => await PgSql.ScalarAsync(connection, """
            SELECT least(
              (SELECT min(next_attempt_at) FROM notifications n WHERE state IN ('pending', 'failed')
                 AND NOT EXISTS (SELECT 1 FROM notifications s WHERE s.group_id = n.group_id AND s.integration = n.integration AND s.state = 'sending')),
              (SELECT min(lease_until) FROM notifications WHERE state = 'sending'))
            """, ct) is long ticks ? StoreTime.From(ticks) : (DateTimeOffset?)null, ct);

    public Task<bool> RetryDeadAsync(string id, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async tx => await tx.ExecuteAsync("""
            UPDATE notifications n SET state = 'pending', next_attempt_at = @now, created_at = @now, updated_at = @now,
              last_error = 'replayed from dead letters'
            WHERE id = @id AND state = 'dead' AND NOT EXISTS (SELECT 1 FROM notifications p WHERE p.group_id = n.group_id
              AND p.integration = n.integration AND p.state IN ('pending', 'failed'))
            """, ct, ("id", id), ("now", now.UtcTicks)) == 1, ct);
}
