using System.Text.Json;

namespace AlertRouter.Store.Postgres;

internal sealed partial class PostgresNotificationStore
{
    public Task CompleteAsync(string owner, DeliveryCompletion completion, CancellationToken ct) =>
        database.WriteAsync(async tx =>
        {
            // The group first (the lock order of every path): a success may remove delivered resolved alerts and
            // drop the group, which must not race with intake adding a member.
            var groupId = (string?)await tx.ScalarAsync("SELECT group_id FROM notifications WHERE id = @id", ct, ("id", completion.Id));
            if (groupId is null)
            {
                return false;
            }

            var touchesGroup = completion.Nflog is not null && completion.State is DeliveryState.Delivered or DeliveryState.Cancelled;
            var groupExists = touchesGroup && await PostgresMembership.LockAsync(tx, groupId, ct);
            var row = (await tx.ListAsync("""
                SELECT group_key, receiver, integration, created_at FROM notifications WHERE id = @id AND state = 'sending' AND lease_owner = @owner FOR UPDATE
                """, r => (Key: r.GetString(0), Receiver: r.GetString(1), Integration: r.GetString(2), CreatedAt: r.GetInt64(3)), ct,
                ("id", completion.Id), ("owner", owner))).FirstOrDefault();
            if (row.Key is null)
            {
                return false; // the lease was lost: another replica owns this delivery now
            }

            foreach (var attempt in completion.Attempts)
            {
                await RecordAttemptAsync(tx, completion.Id, attempt, ct);
            }

            var state = completion.State;
            var next = (completion.NextAttemptAt ?? completion.At).UtcTicks;
            if (state is DeliveryState.Failed or DeliveryState.Pending &&
                await tx.ScalarAsync("SELECT id FROM notifications WHERE group_id = @g AND integration = @i AND state IN ('pending', 'failed') FOR UPDATE", ct,
                    ("g", groupId), ("i", row.Integration)) is string sibling)
            {
                // A newer decision arrived while this was being sent: it carries the latest state, so it inherits
                // this one's age and backoff and this one is superseded.
                await tx.ExecuteAsync("UPDATE notifications SET created_at = least(created_at, @created), next_attempt_at = greatest(next_attempt_at, @next) WHERE id = @id",
                    ct, ("created", row.CreatedAt), ("next", next), ("id", sibling));
                state = DeliveryState.Cancelled;
            }

            var last = completion.Attempts.Count > 0 ? completion.Attempts[^1] : null;
            await tx.ExecuteAsync("""
                UPDATE notifications SET state = @state, updated_at = @at, next_attempt_at = @next, lease_owner = '', lease_until = 0,
                  attempts = attempts + @counted, last_error = coalesce(@error, last_error), last_status = coalesce(@status, last_status),
                  last_reason = coalesce(@reason, last_reason), delivered_at = CASE WHEN @state = 'delivered' THEN @at ELSE delivered_at END
                WHERE id = @id
                """, ct, ("state", state.Name()), ("at", completion.At.UtcTicks), ("next", next), ("counted", completion.Attempts.Count),
                ("error", completion.Error), ("status", last?.StatusCode), ("reason", last?.Reason), ("id", completion.Id));

            if (touchesGroup)
            {
                await WriteNflogAsync(tx, row.Key, row.Receiver, row.Integration, completion.Nflog!, completion.At + completion.NflogRetention, ct);
                if (groupExists && !await PostgresMembership.HasOutstandingAsync(tx, groupId, ct))
                {
                    await PostgresMembership.RemoveResolvedAsync(tx, groupId, completion.RemoveResolved, ct);
                }
            }

            return true;
        }, ct);

    private static Task<int> RecordAttemptAsync(PgTx tx, string id, AttemptRecord attempt, CancellationToken ct) =>
        tx.ExecuteAsync("""
            INSERT INTO attempts(notification_id, attempt, started_at, duration_ms, outcome, status_code, reason, error)
            VALUES (@id, @n, @start, @ms, @outcome, @status, @reason, @error)
            ON CONFLICT (notification_id, attempt) DO UPDATE SET started_at = excluded.started_at, duration_ms = excluded.duration_ms,
              outcome = excluded.outcome, status_code = excluded.status_code, reason = excluded.reason, error = excluded.error
            """, ct, ("id", id), ("n", attempt.Attempt), ("start", attempt.StartedAt.UtcTicks), ("ms", attempt.Duration.TotalMilliseconds),
            ("outcome", attempt.Outcome), ("status", attempt.StatusCode), ("reason", attempt.Reason), ("error", attempt.Error));

    private static Task<int> WriteNflogAsync(PgTx tx, string groupKey, string receiver, string integration, Grouping.NflogEntry entry,
        DateTimeOffset expiresAt, CancellationToken ct) =>
        tx.ExecuteAsync("""
            INSERT INTO nflog(group_key, receiver, integration, firing, resolved, sent_at, expires_at, receiver_data)
            VALUES (@k, @r, @i, @firing, @resolved, @sent, @expires, @data)
            ON CONFLICT (group_key, receiver, integration) DO UPDATE SET firing = excluded.firing, resolved = excluded.resolved,
              sent_at = excluded.sent_at, expires_at = excluded.expires_at, receiver_data = excluded.receiver_data
            """, ct, ("k", groupKey), ("r", receiver), ("i", integration),
            ("firing", JsonSerializer.Serialize(entry.Firing.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray)),
            ("resolved", JsonSerializer.Serialize(entry.Resolved.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray)),
            ("sent", entry.SentAt.UtcTicks), ("expires", expiresAt.UtcTicks),
            ("data", JsonSerializer.Serialize(entry.ReceiverData.ToDictionary(), StoreJsonContext.Default.DictionaryStringString)));
}
