using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

internal sealed partial class PostgresGroupStore
{
    /// <summary>
    /// Every replica reroutes after its own reload, so this runs once per replica; it is idempotent, and the table
    /// locks make the runs take turns and keep intake, claims and completions out while memberships are rebuilt
    /// (a reload is rare, the pause short).
    /// </summary>
    public Task RerouteAsync(Func<StoredAlert, IReadOnlyList<GroupRef>> route, DateTimeOffset now, CancellationToken ct) =>
        database.WriteAsync(async tx =>
        {
            await tx.ExecuteAsync("LOCK TABLE groups, group_alerts IN EXCLUSIVE MODE", ct);

            // Alerts that matter: firing ones, and resolved ones still waiting in a group for their resolve to be sent.
            var alerts = await tx.ListAsync($"""
                SELECT {PostgresAlertStore.SelectColumns} FROM alerts
                WHERE ends_at = 0 OR ends_at > @now OR fingerprint IN (SELECT fingerprint FROM group_alerts)
                """, PostgresAlertStore.ReadAlert, ct, ("now", now.UtcTicks));

            var joins = new List<MembershipJoin>();
            foreach (var alert in alerts)
            {
                var fingerprint = alert.Fingerprint.ToString();
                joins.AddRange(route(alert).Select(g => new MembershipJoin(g, fingerprint, PostgresIntake.FirstFlush(alert.Alert, g, now), now)));
            }

            await PostgresMembership.JoinAsync(tx, joins, ct);
            var wanted = joins.Select(j => (j.Group.Id, j.Fingerprint)).ToHashSet();
            var leaving = (await tx.ListAsync("SELECT group_id, fingerprint FROM group_alerts", r => (r.GetString(0), r.GetString(1)), ct))
                .Where(m => !wanted.Contains(m)).ToList();
            if (leaving.Count > 0)
            {
                await tx.ExecuteAsync("DELETE FROM group_alerts ga USING unnest(@g::text[], @f::text[]) AS t(g, f) WHERE ga.group_id = t.g AND ga.fingerprint = t.f", ct,
                    ("g", leaving.Select(m => m.Item1).ToArray()), ("f", leaving.Select(m => m.Item2).ToArray()));
            }

            await tx.ExecuteAsync("""
                DELETE FROM groups WHERE NOT EXISTS (SELECT 1 FROM group_alerts WHERE group_id = groups.id)
                  AND NOT EXISTS (SELECT 1 FROM notifications WHERE group_id = groups.id AND state IN ('pending', 'failed', 'sending'))
                """, ct);
            return true;
        }, ct);
}
