using System.Text.Json;
using AlertRouter.Store;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteGroupStore
{
    public async Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct)
    {
        try
        {
            // Serialized here, on the caller's thread, not on the one writer thread every write waits for. A payload
            // is shared by the integrations of one group that notify, so each is serialized once.
            var payloads = new Dictionary<NotificationPayload, string>(ReferenceEqualityComparer.Instance);
            foreach (var decision in results.SelectMany(r => r.Decisions))
            {
                if (decision.Payload is { } payload && !payloads.ContainsKey(payload))
                {
                    payloads[payload] = JsonSerializer.Serialize(payload, StoreJsonContext.Default.NotificationPayload);
                }
            }

            await writer.WriteAsync(context =>
            {
                foreach (var result in results)
                {
                    // The lease fences the write: a flush whose lease another owner took over must not apply.
                    if (leases.IsHeldBy(result.GroupId, owner))
                    {
                        Complete(context, result, payloads);
                    }
                }

                return true;
            }, ct);
        }
        finally
        {
            foreach (var result in results)
            {
                leases.Release(result.GroupId, owner);
            }
        }
    }

    private static void Complete(SqliteWriteContext context, FlushResult result, Dictionary<NotificationPayload, string> payloads)
    {
        var next = context.Command("UPDATE groups SET next_flush_at = $next, last_flush_at = $flushed WHERE id = $g");
        next.Parameters.AddWithValue("$next", (result.NextFlushAt ?? result.FlushedAt).UtcTicks);
        next.Parameters.AddWithValue("$flushed", result.FlushedAt.UtcTicks);
        next.Parameters.AddWithValue("$g", result.GroupId);
        if (next.ExecuteNonQuery() == 0)
        {
            return;
        }

        if (result.NextFlushAt is null)
        {
            Run(context, "DELETE FROM group_alerts WHERE group_id = $g", result.GroupId);
            Run(context, "DELETE FROM groups WHERE id = $g", result.GroupId);
            return;
        }

        foreach (var decision in result.Decisions)
        {
            if (decision.Payload is null)
            {
                Cancel(context, result, decision);
            }
            else
            {
                Enqueue(context, result, decision, payloads[decision.Payload]);
            }
        }

        if (result.RemoveResolved.Count > 0 && !SqliteMembership.HasOutstanding(context, result.GroupId))
        {
            SqliteMembership.RemoveResolved(context, result.GroupId, result.RemoveResolved);
        }
    }

    private static void Enqueue(SqliteWriteContext context, FlushResult result, NotificationDecision decision, string payload)
    {
        // A pending notification of this group and integration takes the newer content; its retry schedule and
        // age (created_at, for max_delivery_age) stay.
        var upsert = context.Command("""
            INSERT INTO notifications(id, group_id, group_key, receiver, integration, state, reason, payload, flush_at, created_at, updated_at, next_attempt_at)
            VALUES ($id, $g, $key, $receiver, $integration, 'pending', $reason, $payload, $flushed, $flushed, $flushed, $flushed)
            ON CONFLICT(group_id, integration) WHERE state IN ('pending', 'failed') DO UPDATE SET
              reason = excluded.reason, payload = excluded.payload, flush_at = excluded.flush_at,
              updated_at = excluded.updated_at, superseded = superseded + 1
            """);
        upsert.Parameters.AddWithValue("$id", Guid.CreateVersion7(result.FlushedAt).ToString("N"));
        upsert.Parameters.AddWithValue("$g", result.GroupId);
        upsert.Parameters.AddWithValue("$key", result.GroupKey);
        upsert.Parameters.AddWithValue("$receiver", result.Receiver);
        upsert.Parameters.AddWithValue("$integration", decision.Integration);
        upsert.Parameters.AddWithValue("$reason", decision.Reason);
        upsert.Parameters.AddWithValue("$payload", payload);
        upsert.Parameters.AddWithValue("$flushed", result.FlushedAt.UtcTicks);
        upsert.ExecuteNonQuery();
    }

    private static void Cancel(SqliteWriteContext context, FlushResult result, NotificationDecision decision)
    {
        var cancel = context.Command("""
            UPDATE notifications SET state = 'cancelled', updated_at = $now, last_error = $why
            WHERE group_id = $g AND integration = $integration AND state IN ('pending', 'failed')
            """);
        cancel.Parameters.AddWithValue("$now", result.FlushedAt.UtcTicks);
        cancel.Parameters.AddWithValue("$why", "superseded: a later flush decided no notification is needed (" + decision.Reason + ")");
        cancel.Parameters.AddWithValue("$g", result.GroupId);
        cancel.Parameters.AddWithValue("$integration", decision.Integration);
        cancel.ExecuteNonQuery();
    }

    private static void Run(SqliteWriteContext context, string sql, string groupId)
    {
        var command = context.Command(sql);
        command.Parameters.AddWithValue("$g", groupId);
        command.ExecuteNonQuery();
    }
}
