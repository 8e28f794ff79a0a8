using System.Text.Json;
using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

internal sealed partial class PostgresNotificationStore
{
    public Task CompleteAsync(string owner, DeliveryCompletion completion, CancellationToken ct) =>
        database.WriteAsync(async tx =>
        {
            var row = (await tx.ListAsync("SELECT group_id, group_key, receiver, integration, created_at FROM notifications WHERE id = @id",
                r => (GroupId: r.GetString(0), Key: r.GetString(1), Receiver: r.GetString(2), Integration: r.GetString(3), CreatedAt: r.GetInt64(4)), ct,
                ("id", completion.Id))).FirstOrDefault();
            if (row.GroupId is null)
            {
                return false;
            }

            // The group first (the lock order of every path): a success may remove delivered resolved alerts and
            // drop the group, which must not race with intake adding a member.
            var touchesGroup = completion.Nflog is not null && completion.State is DeliveryState.Delivered or DeliveryState.Cancelled;
            var groupExists = touchesGroup && await PostgresMembership.LockAsync(tx, row.GroupId, ct);

            // A newer decision that arrived while this was being sent carries the latest state: it inherits this
            // one's age and backoff, and this one is superseded.
            var state = completion.State;
            var next = (completion.NextAttemptAt ?? completion.At).UtcTicks;
            var sibling = state is DeliveryState.Failed or DeliveryState.Pending
                ? (string?)await tx.ScalarAsync("SELECT id FROM notifications WHERE group_id = @g AND integration = @i AND state IN ('pending', 'failed') FOR UPDATE",
                    ct, ("g", row.GroupId), ("i", row.Integration))
                : null;
            state = sibling is null ? state : DeliveryState.Cancelled;

            // The lease fences the completion: 0 rows means another replica owns this delivery now, and nothing
            // has been written.
            var last = completion.Attempts.Count > 0 ? completion.Attempts[^1] : null;
            if (await tx.ExecuteAsync("""
                UPDATE notifications SET state = @state, updated_at = @at, next_attempt_at = @next, lease_owner = '', lease_until = 0,
                  attempts = attempts + @counted, last_error = coalesce(@error, last_error), last_status = coalesce(@status, last_status),
                  last_reason = coalesce(@reason, last_reason), delivered_at = CASE WHEN @state = 'delivered' THEN @at ELSE delivered_at END
                WHERE id = @id AND state = 'sending' AND lease_owner = @owner
                """, ct, ("state", state.Name()), ("at", completion.At.UtcTicks), ("next", next), ("counted", completion.Attempts.Count),
                ("error", completion.Error), ("status", last?.StatusCode), ("reason", last?.Reason), ("id", completion.Id), ("owner", owner)) == 0)
            {
                // Another replica owns this delivery now. If this one reached the receiver, the nflog says so, and the
                // new owner's send-time dedup check skips it unless it already sent it or something newer happened.
                if (completion.State is DeliveryState.Delivered && completion.Nflog is { } late)
                {
                    await WriteNflogAsync(tx, row.Key, row.Receiver, row.Integration, late, completion.At + completion.NflogRetention, ct,
                        olderThan: completion.Attempts.Count > 0 ? completion.Attempts[0].StartedAt : completion.At);
                }

                return false;
            }

            if (sibling is not null)
            {
                await tx.ExecuteAsync("UPDATE notifications SET created_at = least(created_at, @created), next_attempt_at = greatest(next_attempt_at, @next) WHERE id = @id",
                    ct, ("created", row.CreatedAt), ("next", next), ("id", sibling));
            }

            await RecordAttemptsAsync(tx, completion.Id, completion.Attempts, ct);
            if (touchesGroup)
            {
                await WriteNflogAsync(tx, row.Key, row.Receiver, row.Integration, completion.Nflog!, completion.At + completion.NflogRetention, ct);
                if (groupExists)
                {
                    await PostgresMembership.RemoveResolvedAsync(tx, [row.GroupId],
                        [.. completion.RemoveResolved.Select(m => (row.GroupId, m.Fingerprint, m.Version))], ct);
                }
            }

            return true;
        }, ct);

    private static async Task RecordAttemptsAsync(PgTx tx, string id, IReadOnlyList<AttemptRecord> attempts, CancellationToken ct)
    {
        if (attempts.Count == 0)
        {
            return;
        }

        await tx.ExecuteAsync("""
            INSERT INTO attempts(notification_id, attempt, started_at, duration_ms, outcome, status_code, reason, error)
            SELECT @id, * FROM unnest(@n::integer[], @start::bigint[], @ms::double precision[], @outcome::text[], @status::integer[], @reason::text[], @error::text[])
            ON CONFLICT (notification_id, attempt) DO UPDATE SET started_at = excluded.started_at, duration_ms = excluded.duration_ms,
              outcome = excluded.outcome, status_code = excluded.status_code, reason = excluded.reason, error = excluded.error
            """, ct, ("id", id), ("n", attempts.Select(a => a.Attempt).ToArray()), ("start", attempts.Select(a => a.StartedAt.UtcTicks).ToArray()),
            ("ms", attempts.Select(a => a.Duration.TotalMilliseconds).ToArray()), ("outcome", attempts.Select(a => a.Outcome).ToArray()),
            ("status", attempts.Select(a => a.StatusCode).ToArray()), ("reason", attempts.Select(a => a.Reason).ToArray()),
            ("error", attempts.Select(a => a.Error).ToArray()));
    }

    /// <param name="olderThan">Replaces an existing entry only when it was sent before this (default: always).</param>
    private static Task<int> WriteNflogAsync(PgTx tx, string groupKey, string receiver, string integration, NflogEntry entry,
        DateTimeOffset expiresAt, CancellationToken ct, DateTimeOffset? olderThan = null) =>
        tx.ExecuteAsync("""
            INSERT INTO nflog AS l (group_key, receiver, integration, firing, resolved, sent_at, expires_at, receiver_data)
            VALUES (@k, @r, @i, @firing, @resolved, @sent, @expires, @data)
            ON CONFLICT (group_key, receiver, integration) DO UPDATE SET firing = excluded.firing, resolved = excluded.resolved,
              sent_at = excluded.sent_at, expires_at = excluded.expires_at, receiver_data = excluded.receiver_data
            WHERE l.sent_at < @before
            """, ct, ("k", groupKey), ("r", receiver), ("i", integration), ("before", (olderThan ?? DateTimeOffset.MaxValue).UtcTicks),
            ("firing", JsonSerializer.Serialize(entry.Firing.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray)),
            ("resolved", JsonSerializer.Serialize(entry.Resolved.Order(StringComparer.Ordinal).ToArray(), StoreJsonContext.Default.StringArray)),
            ("sent", entry.SentAt.UtcTicks), ("expires", expiresAt.UtcTicks),
            ("data", JsonSerializer.Serialize(entry.ReceiverData.ToDictionary(), StoreJsonContext.Default.DictionaryStringString)));
}
