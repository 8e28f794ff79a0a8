using System.Text.Json;

namespace AlertRouter.Store.Postgres;

internal sealed partial class PostgresGroupStore
{
    public Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct) =>
        database.WriteAsync(async tx =>
        {
            // Groups in id order, the order every path locks them in.
            foreach (var result in results.OrderBy(r => r.GroupId, StringComparer.Ordinal))
            {
                await CompleteAsync(tx, owner, result, ct);
            }

            return true;
        }, ct);

    private static async Task CompleteAsync(PgTx tx, string owner, FlushResult result, CancellationToken ct)
    {
        // The lease fences the write: a replica that lost its lease (it stalled past lease_until and another took
        // the group) must not apply a stale decision. FOR UPDATE also holds off intake joins while members may leave.
        var group = (await tx.ListAsync("SELECT group_key, receiver FROM groups WHERE id = @g AND lease_owner = @owner FOR UPDATE",
            r => (Key: r.GetString(0), Receiver: r.GetString(1)), ct, ("g", result.GroupId), ("owner", owner))).FirstOrDefault();
        if (group.Key is null)
        {
            return;
        }

        if (result.NextFlushAt is null)
        {
            await tx.ExecuteAsync("DELETE FROM group_alerts WHERE group_id = @g", ct, ("g", result.GroupId));
            await tx.ExecuteAsync("DELETE FROM groups WHERE id = @g", ct, ("g", result.GroupId));
            return;
        }

        foreach (var decision in result.Decisions)
        {
            if (decision.Payload is null)
            {
                await tx.ExecuteAsync("""
                    UPDATE notifications SET state = 'cancelled', updated_at = @now, last_error = @why
                    WHERE group_id = @g AND integration = @integration AND state IN ('pending', 'failed')
                    """, ct, ("now", result.FlushedAt.UtcTicks), ("g", result.GroupId), ("integration", decision.Integration),
                    ("why", "superseded: a later flush decided no notification is needed (" + decision.Reason + ")"));
                continue;
            }

            // A pending notification of this group and integration takes the newer content; its retry schedule and
            // age (created_at, for max_delivery_age) stay.
            await tx.ExecuteAsync("""
                INSERT INTO notifications AS n (id, group_id, group_key, receiver, integration, state, reason, payload, flush_at, created_at, updated_at, next_attempt_at)
                VALUES (@id, @g, @key, @receiver, @integration, 'pending', @reason, @payload, @flushed, @flushed, @flushed, @flushed)
                ON CONFLICT (group_id, integration) WHERE state IN ('pending', 'failed') DO UPDATE SET
                  reason = excluded.reason, payload = excluded.payload, flush_at = excluded.flush_at,
                  updated_at = excluded.updated_at, superseded = n.superseded + 1
                """, ct, ("id", Guid.CreateVersion7(result.FlushedAt).ToString("N")), ("g", result.GroupId), ("key", group.Key),
                ("receiver", group.Receiver), ("integration", decision.Integration), ("reason", decision.Reason),
                ("payload", JsonSerializer.Serialize(decision.Payload, StoreJsonContext.Default.NotificationPayload)), ("flushed", result.FlushedAt.UtcTicks));
        }

        await tx.ExecuteAsync("UPDATE groups SET next_flush_at = @next, last_flush_at = @flushed, lease_owner = '', lease_until = 0 WHERE id = @g", ct,
            ("next", result.NextFlushAt.Value.UtcTicks), ("flushed", result.FlushedAt.UtcTicks), ("g", result.GroupId));

        if (result.RemoveResolved.Count > 0 && !await PostgresMembership.HasOutstandingAsync(tx, result.GroupId, ct))
        {
            await PostgresMembership.RemoveResolvedAsync(tx, result.GroupId, result.RemoveResolved, ct);
        }
    }
}
