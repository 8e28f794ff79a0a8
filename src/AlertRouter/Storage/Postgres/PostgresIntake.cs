using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// One intake transaction for several webhooks: receipts (dedup), alert merges, group memberships. Locks are taken
/// in one global order (receipts by content hash, then alerts by fingerprint, then groups by id) so concurrent
/// intakes on several replicas wait for each other instead of deadlocking; a rare deadlock with the other paths is
/// rolled back and run again by <see cref="PostgresDatabase.WriteAsync{T}"/>.
/// </summary>
internal static class PostgresIntake
{
    public static async Task<IReadOnlyList<IntakeOutcome>> CommitAsync(PgTx tx, IReadOnlyList<IntakeBatch> batches, TimeSpan window, CancellationToken ct)
    {
        var outcomes = new IntakeOutcome[batches.Count];
        foreach (var i in Enumerable.Range(0, batches.Count).OrderBy(i => batches[i].ContentHash, StringComparer.Ordinal))
        {
            outcomes[i] = await ReceiptAsync(tx, batches[i], window, ct);
        }

        var occurrences = new List<Occurrence>();
        for (var i = 0; i < batches.Count; i++)
        {
            if (!outcomes[i].Duplicate)
            {
                var batch = batches[i];
                occurrences.AddRange(batch.Alerts.Select((alert, j) => new Occurrence(alert, batch.Groups[j], batch.ReceivedAt)));
            }
        }

        if (occurrences.Count > 0)
        {
            var joins = await MergeAsync(tx, occurrences, ct);
            await PostgresMembership.JoinAsync(tx, joins, ct);
        }

        return outcomes;
    }

    // The primary key decides between two replicas receiving the same webhook at once: the second insert waits for
    // the first transaction and then finds the receipt. An old receipt outside the window is taken over.
    private static async Task<IntakeOutcome> ReceiptAsync(PgTx tx, IntakeBatch batch, TimeSpan window, CancellationToken ct)
    {
        var inserted = await tx.ScalarAsync("""
            INSERT INTO receipts AS r (content_hash, receipt_id, received_at, alerts) VALUES (@h, @r, @t, @n)
            ON CONFLICT (content_hash) DO UPDATE SET receipt_id = excluded.receipt_id, received_at = excluded.received_at, alerts = excluded.alerts
              WHERE r.received_at < @cutoff
            RETURNING receipt_id
            """, ct, ("h", batch.ContentHash), ("r", batch.ReceiptId), ("t", batch.ReceivedAt.UtcTicks), ("n", batch.Alerts.Count),
            ("cutoff", (batch.ReceivedAt - window).UtcTicks));
        if (inserted is not null)
        {
            return new IntakeOutcome(batch.ReceiptId, Duplicate: false, batch.Alerts.Count);
        }

        var original = (string)(await tx.ScalarAsync("SELECT receipt_id FROM receipts WHERE content_hash = @h", ct, ("h", batch.ContentHash)))!;
        return new IntakeOutcome(original, Duplicate: true, batch.Alerts.Count);
    }

    /// <returns>The group memberships to add: those of every occurrence that made a new version.</returns>
    private static async Task<List<MembershipJoin>> MergeAsync(PgTx tx, List<Occurrence> occurrences, CancellationToken ct)
    {
        var byFingerprint = occurrences.GroupBy(o => o.Alert.Fingerprint.ToString(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        string[] fingerprints = [.. byFingerprint.Select(g => g.Key)];

        // FOR UPDATE in fingerprint order: a concurrent intake of the same alert (another replica) merges after
        // this one commits, against what it wrote, never against the same old row.
        var existing = (await tx.ListAsync($"SELECT {PostgresAlertStore.SelectColumns} FROM alerts WHERE fingerprint = ANY(@f) ORDER BY fingerprint FOR UPDATE",
                r => (Stored: PostgresAlertStore.ReadAlert(r), ResolvedSeenAt: StoreTime.From(r.GetInt64(9))), ct, ("f", fingerprints)))
            .ToDictionary(e => e.Stored.Fingerprint.ToString(), StringComparer.Ordinal);

        var inserts = new List<AlertRow>();
        var updates = new List<AlertRow>();
        var touches = new List<(string Fingerprint, long LastSeen)>();
        var joins = new List<MembershipJoin>();
        foreach (var group in byFingerprint)
        {
            var had = existing.TryGetValue(group.Key, out var row);
            var state = had ? new StoredAlertState(row.Stored.Alert, row.Stored.Version, row.ResolvedSeenAt) : null;
            DateTimeOffset? changedAt = null;
            var lastSeen = default(DateTimeOffset);
            foreach (var occurrence in group)
            {
                var decision = AlertMerge.Decide(occurrence.Alert, state, occurrence.Now);
                lastSeen = occurrence.Now;
                if (!decision.Changed && state is not null)
                {
                    continue;
                }

                state = new StoredAlertState(occurrence.Alert, 0, decision.ResolvedSeenAt);
                changedAt = occurrence.Now;
                joins.AddRange(occurrence.Groups.Select(g => new MembershipJoin(g, group.Key, FirstFlush(occurrence.Alert, g, occurrence.Now), occurrence.Now)));
            }

            if (changedAt is { } at)
            {
                (had ? updates : inserts).Add(new AlertRow(group.Key, state!.Alert, at.UtcTicks, lastSeen.UtcTicks, state.ResolvedSeenAt.UtcTicks));
            }
            else
            {
                touches.Add((group.Key, lastSeen.UtcTicks));
            }
        }

        await WriteAsync(tx, inserts, updates, touches, ct);
        return joins;
    }

    // Alertmanager (HEAD): the first flush is at group_wait, or at once when the alert creating the group is already
    // older than group_wait. An existing group keeps its timer.
    internal static DateTimeOffset FirstFlush(Alert alert, GroupRef group, DateTimeOffset now) =>
        alert.StartsAt + group.GroupWait < now ? now : now + group.GroupWait;

    private static async Task WriteAsync(PgTx tx, List<AlertRow> inserts, List<AlertRow> updates, List<(string Fingerprint, long LastSeen)> touches, CancellationToken ct)
    {
        // version = this transaction's id: the change feed's position (see PostgresChangeFeed). A plain INSERT for
        // new alerts: if another replica inserted the same one meanwhile, the unique violation re-runs the whole
        // transaction, which then merges against that row.
        if (inserts.Count > 0)
        {
            await tx.ExecuteAsync("""
                INSERT INTO alerts(fingerprint, labels, annotations, starts_at, ends_at, generator_url, updated_at, last_seen_at, resolved_seen_at, version)
                SELECT f, l, a, s, e, g, u, n, r, pg_current_xact_id()::text::bigint
                FROM unnest(@f::text[], @l::text[], @a::text[], @s::bigint[], @e::bigint[], @g::text[], @u::bigint[], @n::bigint[], @r::bigint[]) AS t(f, l, a, s, e, g, u, n, r)
                """, ct, AlertRow.Parameters(inserts));
        }

        if (updates.Count > 0)
        {
            await tx.ExecuteAsync("""
                UPDATE alerts SET annotations = t.a, starts_at = t.s, ends_at = t.e, generator_url = t.g, updated_at = t.u,
                  last_seen_at = t.n, resolved_seen_at = t.r, version = pg_current_xact_id()::text::bigint
                FROM unnest(@f::text[], @l::text[], @a::text[], @s::bigint[], @e::bigint[], @g::text[], @u::bigint[], @n::bigint[], @r::bigint[]) AS t(f, l, a, s, e, g, u, n, r)
                WHERE alerts.fingerprint = t.f
                """, ct, AlertRow.Parameters(updates));
        }

        if (touches.Count > 0)
        {
            await tx.ExecuteAsync("UPDATE alerts SET last_seen_at = t.n FROM unnest(@f::text[], @n::bigint[]) AS t(f, n) WHERE alerts.fingerprint = t.f", ct,
                ("f", touches.Select(t => t.Fingerprint).ToArray()), ("n", touches.Select(t => t.LastSeen).ToArray()));
        }
    }

    private sealed record Occurrence(Alert Alert, IReadOnlyList<GroupRef> Groups, DateTimeOffset Now);

    private sealed record AlertRow(string Fingerprint, Alert Alert, long UpdatedAt, long LastSeenAt, long ResolvedSeenAt)
    {
        public static (string, object?)[] Parameters(List<AlertRow> rows) =>
        [
            ("f", rows.Select(r => r.Fingerprint).ToArray()),
            ("l", rows.Select(r => LabelJson.Write(r.Alert.Labels)).ToArray()),
            ("a", rows.Select(r => LabelJson.Write(r.Alert.Annotations)).ToArray()),
            ("s", rows.Select(r => r.Alert.StartsAt.UtcTicks).ToArray()),
            ("e", rows.Select(r => r.Alert.EndsAt.UtcTicks).ToArray()),
            ("g", rows.Select(r => r.Alert.GeneratorUrl).ToArray()),
            ("u", rows.Select(r => r.UpdatedAt).ToArray()),
            ("n", rows.Select(r => r.LastSeenAt).ToArray()),
            ("r", rows.Select(r => r.ResolvedSeenAt).ToArray()),
        ];
    }
}
