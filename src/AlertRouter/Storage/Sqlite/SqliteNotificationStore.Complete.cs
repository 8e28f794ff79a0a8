using System.Text.Json;
using AlertRouter.Store;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteNotificationStore
{
    public Task CompleteAsync(string owner, DeliveryCompletion completion, CancellationToken ct) =>
        writer.WriteAsync(context =>
        {
            var row = context.Command("""
                SELECT group_id, group_key, receiver, integration, created_at, state = 'sending' AND lease_owner = $owner FROM notifications WHERE id = $id
                """);
            row.Parameters.AddWithValue("$id", completion.Id);
            row.Parameters.AddWithValue("$owner", owner);
            string groupId, groupKey, receiver, integration;
            long createdAt;
            bool held;
            using (var reader = row.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return false;
                }

                (groupId, groupKey, receiver, integration, createdAt, held) =
                    (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetBoolean(5));
            }

            if (!held)
            {
                // The lease was lost: the delivery was recovered and is someone else's now. If this one reached the
                // receiver, the nflog says so, and the next send-time dedup check skips it unless something newer happened.
                if (completion.State is DeliveryState.Delivered && completion.Nflog is { } late)
                {
                    WriteNflog(context, groupKey, receiver, integration, late, completion.At + completion.NflogRetention,
                        olderThan: completion.Attempts.Count > 0 ? completion.Attempts[0].StartedAt : completion.At);
                }

                return false;
            }

            foreach (var attempt in completion.Attempts)
            {
                RecordAttempt(context, completion.Id, attempt);
            }

            var state = completion.State;
            if (state is DeliveryState.Failed or DeliveryState.Pending && PendingSibling(context, groupId, integration) is { } sibling)
            {
                // A newer decision arrived while this was being sent: it carries the latest state, so it inherits
                // this one's age and backoff and this one is superseded.
                var inherit = context.Command("UPDATE notifications SET created_at = min(created_at, $created), next_attempt_at = max(next_attempt_at, $next) WHERE id = $id");
                inherit.Parameters.AddWithValue("$created", createdAt);
                inherit.Parameters.AddWithValue("$next", (completion.NextAttemptAt ?? completion.At).UtcTicks);
                inherit.Parameters.AddWithValue("$id", sibling);
                inherit.ExecuteNonQuery();
                state = DeliveryState.Cancelled;
            }

            var update = context.Command("""
                UPDATE notifications SET state = $state, updated_at = $at, next_attempt_at = $next, lease_owner = '', lease_until = 0,
                  attempts = attempts + $counted, last_error = coalesce($error, last_error), last_status = coalesce($status, last_status),
                  last_reason = coalesce($reason, last_reason), delivered_at = CASE WHEN $state = 'delivered' THEN $at ELSE delivered_at END
                WHERE id = $id
                """);
            update.Parameters.AddWithValue("$state", state.Name());
            update.Parameters.AddWithValue("$at", completion.At.UtcTicks);
            update.Parameters.AddWithValue("$next", (completion.NextAttemptAt ?? completion.At).UtcTicks);
            update.Parameters.AddWithValue("$counted", completion.Attempts.Count);
            update.Parameters.AddWithValue("$error", (object?)completion.Error ?? DBNull.Value);
            update.Parameters.AddWithValue("$status", (object?)completion.Attempts.LastOrDefault()?.StatusCode ?? DBNull.Value);
            update.Parameters.AddWithValue("$reason", (object?)completion.Attempts.LastOrDefault()?.Reason ?? DBNull.Value);
            update.Parameters.AddWithValue("$id", completion.Id);
            update.ExecuteNonQuery();

            if (completion.Nflog is { } entry && completion.State is DeliveryState.Delivered or DeliveryState.Cancelled)
            {
                WriteNflog(context, groupKey, receiver, integration, entry, completion.At + completion.NflogRetention);
                if (!SqliteMembership.HasOutstanding(context, groupId))
                {
                    SqliteMembership.RemoveResolved(context, groupId, completion.RemoveResolved);
                }
            }

            return true;
        }, ct);

    private static string? PendingSibling(SqliteWriteContext context, string groupId, string integration)
    {
        var sibling = context.Command("SELECT id FROM notifications WHERE group_id = $g AND integration = $i AND state IN ('pending', 'failed')");
        sibling.Parameters.AddWithValue("$g", groupId);
        sibling.Parameters.AddWithValue("$i", integration);
        return sibling.ExecuteScalar() as string;
    }

    private static void RecordAttempt(SqliteWriteContext context, string id, AttemptRecord attempt)
    {
        var insert = context.Command("""
            INSERT OR REPLACE INTO attempts(notification_id, attempt, started_at, duration_ms, outcome, status_code, reason, error)
            VALUES ($id, $n, $start, $ms, $outcome, $status, $reason, $error)
            """);
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$n", attempt.Attempt);
        insert.Parameters.AddWithValue("$start", attempt.StartedAt.UtcTicks);
        insert.Parameters.AddWithValue("$ms", attempt.Duration.TotalMilliseconds);
        insert.Parameters.AddWithValue("$outcome", attempt.Outcome);
        insert.Parameters.AddWithValue("$status", (object?)attempt.StatusCode ?? DBNull.Value);
        insert.Parameters.AddWithValue("$reason", (object?)attempt.Reason ?? DBNull.Value);
        insert.Parameters.AddWithValue("$error", (object?)attempt.Error ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <param name="olderThan">Replaces an existing entry only when it was sent before this (default: always).</param>
    private static void WriteNflog(SqliteWriteContext context, string groupKey, string receiver, string integration, NflogEntry entry, DateTimeOffset expiresAt,
        DateTimeOffset? olderThan = null)
    {
        var upsert = context.Command("""
            INSERT INTO nflog(group_key, receiver, integration, firing, resolved, sent_at, expires_at, receiver_data)
            VALUES ($k, $r, $i, $firing, $resolved, $sent, $expires, $data)
            ON CONFLICT(group_key, receiver, integration) DO UPDATE SET firing = excluded.firing, resolved = excluded.resolved,
              sent_at = excluded.sent_at, expires_at = excluded.expires_at, receiver_data = excluded.receiver_data
            WHERE nflog.sent_at < $before
            """);
        upsert.Parameters.AddWithValue("$before", (olderThan ?? DateTimeOffset.MaxValue).UtcTicks);
        upsert.Parameters.AddWithValue("$k", groupKey);
        upsert.Parameters.AddWithValue("$r", receiver);
        upsert.Parameters.AddWithValue("$i", integration);
        upsert.Parameters.AddWithValue("$firing", JsonSerializer.Serialize(entry.Firing.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray));
        upsert.Parameters.AddWithValue("$resolved", JsonSerializer.Serialize(entry.Resolved.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray));
        upsert.Parameters.AddWithValue("$sent", entry.SentAt.UtcTicks);
        upsert.Parameters.AddWithValue("$expires", expiresAt.UtcTicks);
        upsert.Parameters.AddWithValue("$data", JsonSerializer.Serialize(entry.ReceiverData.ToDictionary(), StoreJsonContext.Default.DictionaryStringString));
        upsert.ExecuteNonQuery();
    }
}
