using System.Text.Json;
using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

internal sealed partial class PostgresGroupStore
{
    /// <summary>
    /// One transaction for the whole batch, set-based (a handful of statements however many groups flushed), so a
    /// burst of due groups holds its group locks for milliseconds rather than a round trip per group and decision.
    /// </summary>
    public Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct) =>
        results.Count == 0 ? Task.CompletedTask : database.WriteAsync(async tx =>
        {
            // The lease fences the write: a replica that lost its lease (it stalled past lease_until and another took
            // the group) must not apply a stale decision. FOR UPDATE, in id order as on every path, also holds off
            // intake joins while members may leave.
            var held = (await tx.ListAsync("SELECT id FROM groups WHERE id = ANY(@ids) AND lease_owner = @owner ORDER BY id FOR UPDATE",
                    r => r.GetString(0), ct, ("ids", results.Select(r => r.GroupId).ToArray()), ("owner", owner)))
                .ToHashSet(StringComparer.Ordinal);
            var mine = results.Where(r => held.Contains(r.GroupId)).ToList();

            // The route no longer exists: drop the group (rerouting already put its alerts where they belong now).
            string[] dropped = [.. mine.Where(r => r.NextFlushAt is null).Select(r => r.GroupId)];
            if (dropped.Length > 0)
            {
                await tx.ExecuteAsync("DELETE FROM group_alerts WHERE group_id = ANY(@g)", ct, ("g", dropped));
                await tx.ExecuteAsync("DELETE FROM groups WHERE id = ANY(@g)", ct, ("g", dropped));
            }

            var kept = mine.Where(r => r.NextFlushAt is not null).ToList();
            if (kept.Count == 0)
            {
                return true;
            }

            await CancelAsync(tx, kept, ct);
            await EnqueueAsync(tx, kept, ct);
            await tx.ExecuteAsync("""
                UPDATE groups SET next_flush_at = t.next, last_flush_at = t.flushed, lease_owner = '', lease_until = 0
                FROM unnest(@g::text[], @next::bigint[], @flushed::bigint[]) AS t(g, next, flushed) WHERE groups.id = t.g
                """, ct, ("g", kept.Select(r => r.GroupId).ToArray()), ("next", kept.Select(r => r.NextFlushAt!.Value.UtcTicks).ToArray()),
                ("flushed", kept.Select(r => r.FlushedAt.UtcTicks).ToArray()));

            // Delivered resolved alerts leave now only when nothing of the group is outstanding; otherwise delivery
            // removes them once it succeeds.
            var removals = kept.SelectMany(r => r.RemoveResolved.Select(m => (r.GroupId, m.Fingerprint, m.Version))).ToList();
            if (removals.Count > 0)
            {
                await PostgresMembership.RemoveResolvedAsync(tx, [.. removals.Select(m => m.GroupId).Distinct()], removals, ct);
            }

            return true;
        }, ct);

    private static async Task CancelAsync(PgTx tx, List<FlushResult> results, CancellationToken ct)
    {
        var cancels = results.SelectMany(r => r.Decisions.Where(d => d.Payload is null).Select(d => (r.GroupId, r.FlushedAt, d))).ToList();
        if (cancels.Count == 0)
        {
            return;
        }

        await tx.ExecuteAsync("""
            UPDATE notifications n SET state = 'cancelled', updated_at = t.now, last_error = t.why
            FROM unnest(@g::text[], @i::text[], @now::bigint[], @why::text[]) AS t(g, i, now, why)
            WHERE n.group_id = t.g AND n.integration = t.i AND n.state IN ('pending', 'failed')
            """, ct, ("g", cancels.Select(c => c.GroupId).ToArray()), ("i", cancels.Select(c => c.d.Integration).ToArray()),
            ("now", cancels.Select(c => c.FlushedAt.UtcTicks).ToArray()),
            ("why", cancels.Select(c => "superseded: a later flush decided no notification is needed (" + c.d.Reason + ")").ToArray()));
    }

    // A pending notification of a group and integration takes the newer content; its retry schedule and age
    // (created_at, for max_delivery_age) stay.
    private static async Task EnqueueAsync(PgTx tx, List<FlushResult> results, CancellationToken ct)
    {
        var rows = results.SelectMany(r => r.Decisions.Where(d => d.Payload is not null).Select(d => (Result: r, Decision: d))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var payloads = new Dictionary<NotificationPayload, string>(ReferenceEqualityComparer.Instance);
        await tx.ExecuteAsync("""
            INSERT INTO notifications AS n (id, group_id, group_key, receiver, integration, state, reason, payload, flush_at, created_at, updated_at, next_attempt_at)
            SELECT id, g, k, r, i, 'pending', reason, payload, flushed, flushed, flushed, flushed
            FROM unnest(@id::text[], @g::text[], @k::text[], @r::text[], @i::text[], @reason::text[], @payload::text[], @flushed::bigint[])
              AS t(id, g, k, r, i, reason, payload, flushed)
            ON CONFLICT (group_id, integration) WHERE state IN ('pending', 'failed') DO UPDATE SET
              reason = excluded.reason, payload = excluded.payload, flush_at = excluded.flush_at,
              updated_at = excluded.updated_at, superseded = n.superseded + 1
            """, ct,
            ("id", rows.Select(x => Guid.CreateVersion7(x.Result.FlushedAt).ToString("N")).ToArray()),
            ("g", rows.Select(x => x.Result.GroupId).ToArray()),
            ("k", rows.Select(x => x.Result.GroupKey).ToArray()),
            ("r", rows.Select(x => x.Result.Receiver).ToArray()),
            ("i", rows.Select(x => x.Decision.Integration).ToArray()),
            ("reason", rows.Select(x => x.Decision.Reason).ToArray()),
            ("payload", rows.Select(x => payloads.TryGetValue(x.Decision.Payload!, out var json) ? json
                : payloads[x.Decision.Payload!] = JsonSerializer.Serialize(x.Decision.Payload!, StoreJsonContext.Default.NotificationPayload)).ToArray()),
            ("flushed", rows.Select(x => x.Result.FlushedAt.UtcTicks).ToArray()));
    }
}
