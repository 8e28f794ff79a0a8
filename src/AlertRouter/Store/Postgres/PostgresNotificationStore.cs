using System.Text.Json;

namespace AlertRouter.Store.Postgres;

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
        database.WriteAsync<IReadOnlyList<ClaimedNotification>>(async tx =>
        {
            await RecoverAsync(tx, now, null, ct);

            // "No second sending row per group and integration": the unique index allows only one waiting row per
            // group and integration, and it can only become 'sending' once the earlier one has left 'sending'.
            var claimed = await tx.ListAsync("""
                WITH c AS (
                  SELECT n.id FROM notifications n
                  WHERE n.state IN ('pending', 'failed') AND n.next_attempt_at <= @now AND NOT ((n.receiver || '/' || n.integration) = ANY(@busy))
                    AND NOT EXISTS (SELECT 1 FROM notifications s WHERE s.group_id = n.group_id AND s.integration = n.integration AND s.state = 'sending')
                  ORDER BY n.next_attempt_at LIMIT @limit FOR UPDATE SKIP LOCKED)
                UPDATE notifications n SET state = 'sending', lease_owner = @owner, lease_until = @until, updated_at = @now FROM c WHERE n.id = c.id
                RETURNING n.id, n.group_id, n.group_key, n.receiver, n.integration, n.reason, n.payload, n.flush_at, n.created_at, n.attempts, n.next_attempt_at
                """, r => (Due: r.GetInt64(10), Claim: new ClaimedNotification(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    r.GetString(5), Payload(r.GetString(6)), StoreTime.From(r.GetInt64(7)), StoreTime.From(r.GetInt64(8)), r.GetInt32(9), null)),
                ct, ("now", now.UtcTicks), ("busy", busyLanes.ToArray()), ("limit", limit), ("owner", owner), ("until", (now + lease).UtcTicks));
            if (claimed.Count == 0)
            {
                return [];
            }

            var nflog = (await tx.ListAsync("""
                SELECT l.group_key, l.receiver, l.integration, l.firing, l.resolved, l.sent_at, l.receiver_data FROM nflog l
                JOIN unnest(@k::text[], @r::text[], @i::text[]) AS t(k, r, i) ON l.group_key = t.k AND l.receiver = t.r AND l.integration = t.i
                """, r => (Key: (r.GetString(0), r.GetString(1), r.GetString(2)), Entry: PostgresGroupStore.ReadNflog(r, 3)), ct,
                ("k", claimed.Select(c => c.Claim.GroupKey).ToArray()), ("r", claimed.Select(c => c.Claim.Receiver).ToArray()),
                ("i", claimed.Select(c => c.Claim.Integration).ToArray())))
                .DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Entry);

            return [.. claimed.OrderBy(c => c.Due).Select(c => c.Claim with
            {
                Nflog = nflog.GetValueOrDefault((c.Claim.GroupKey, c.Claim.Receiver, c.Claim.Integration)),
            })];
        }, ct);

    public Task RecoverOwnAsync(string owner, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(tx => RecoverAsync(tx, now, owner, ct), ct);

    // A delivery whose lease ran out (or whose owner restarted) was interrupted (crash, kill -9): send it again,
    // unless a newer decision for the same group and integration is already pending, which then carries the latest
    // state instead. SKIP LOCKED: when two replicas recover at once, each row is recovered by one of them.
    private static Task<int> RecoverAsync(PgTx tx, DateTimeOffset now, string? owner, CancellationToken ct) =>
        tx.ExecuteAsync("""
            WITH expired AS (
              SELECT id FROM notifications WHERE state = 'sending' AND (lease_until <= @now OR lease_owner = @owner::text) FOR UPDATE SKIP LOCKED)
            UPDATE notifications n SET
              state = CASE WHEN EXISTS (SELECT 1 FROM notifications p WHERE p.group_id = n.group_id
                  AND p.integration = n.integration AND p.state IN ('pending', 'failed')) THEN 'cancelled' ELSE 'failed' END,
              lease_owner = '', lease_until = 0, updated_at = @now, last_error = 'delivery interrupted: lease expired (the process died or stalled)'
            FROM expired WHERE n.id = expired.id
            """, ct, ("now", now.UtcTicks), ("owner", owner));

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
