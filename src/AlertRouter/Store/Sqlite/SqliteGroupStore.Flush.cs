using System.Text.Json;

namespace AlertRouter.Store.Sqlite;

internal sealed partial class SqliteGroupStore
{
    public Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct) =>
        writer.WriteAsync(context =>
        {
            foreach (var result in results)
            {
                Complete(context, owner, result);
            }

            return true;
        }, ct);

    private static void Complete(SqliteWriteContext context, string owner, FlushResult result)
    {
        // The lease fences the write: a replica that lost its lease (it stalled past lease_until and another took
        // the group) must not apply a stale decision.
        var held = context.Command("SELECT 1 FROM groups WHERE id = $g AND lease_owner = $owner");
        held.Parameters.AddWithValue("$g", result.GroupId);
        held.Parameters.AddWithValue("$owner", owner);
        if (held.ExecuteScalar() is null)
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
                Enqueue(context, result, decision);
            }
        }

        var next = context.Command("""
            UPDATE groups SET next_flush_at = $next, last_flush_at = $flushed, lease_owner = '', lease_until = 0 WHERE id = $g
            """);
        next.Parameters.AddWithValue("$next", result.NextFlushAt.Value.UtcTicks);
        next.Parameters.AddWithValue("$flushed", result.FlushedAt.UtcTicks);
        next.Parameters.AddWithValue("$g", result.GroupId);
        next.ExecuteNonQuery();

        if (result.RemoveResolved.Count > 0 && !SqliteMembership.HasOutstanding(context, result.GroupId))
        {
            SqliteMembership.RemoveResolved(context, result.GroupId, result.RemoveResolved);
        }
    }

    private static void Enqueue(SqliteWriteContext context, FlushResult result, NotificationDecision decision)
    {
        var group = context.Command("SELECT group_key, receiver FROM groups WHERE id = $g");
        group.Parameters.AddWithValue("$g", result.GroupId);
        string groupKey, receiver;
        using (var reader = group.ExecuteReader())
        {
            reader.Read();
            (groupKey, receiver) = (reader.GetString(0), reader.GetString(1));
        }

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
        upsert.Parameters.AddWithValue("$key", groupKey);
        upsert.Parameters.AddWithValue("$receiver", receiver);
        upsert.Parameters.AddWithValue("$integration", decision.Integration);
        upsert.Parameters.AddWithValue("$reason", decision.Reason);
        upsert.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(decision.Payload!, StoreJsonContext.Default.NotificationPayload));
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
