using AlertRouter.Store;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteGroupStore
{
    public Task RerouteAsync(Func<StoredAlert, IReadOnlyList<GroupRef>> route, DateTimeOffset now, CancellationToken ct) =>
        writer.WriteAsync(context =>
        {
            // Alerts that matter: firing ones, and resolved ones still waiting in a group for their resolve to be sent.
            var alerts = new List<StoredAlert>();
            var select = context.Command($"""
                SELECT {SqliteAlertStore.SelectColumns} FROM alerts
                WHERE ends_at = 0 OR ends_at > $now OR fingerprint IN (SELECT fingerprint FROM group_alerts)
                """);
            select.Parameters.AddWithValue("$now", now.UtcTicks);
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    alerts.Add(SqliteAlertStore.ReadAlert(reader));
                }
            }

            var wanted = new HashSet<(string Group, string Fingerprint)>();
            foreach (var alert in alerts)
            {
                var groups = route(alert);
                SqliteMembership.Join(context, alert.Alert, groups, now);
                foreach (var group in groups)
                {
                    wanted.Add((group.Id, alert.Fingerprint.ToString()));
                }
            }

            var current = new List<(string Group, string Fingerprint)>();
            using (var reader = context.Command("SELECT group_id, fingerprint FROM group_alerts").ExecuteReader())
            {
                while (reader.Read())
                {
                    current.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (group, fingerprint) in current.Where(m => !wanted.Contains(m)))
            {
                var leave = context.Command("DELETE FROM group_alerts WHERE group_id = $g AND fingerprint = $f");
                leave.Parameters.AddWithValue("$g", group);
                leave.Parameters.AddWithValue("$f", fingerprint);
                leave.ExecuteNonQuery();
            }

            context.Command("""
                DELETE FROM groups WHERE NOT EXISTS (SELECT 1 FROM group_alerts WHERE group_id = groups.id)
                  AND NOT EXISTS (SELECT 1 FROM notifications WHERE group_id = groups.id AND state IN ('pending', 'failed', 'sending'))
                """).ExecuteNonQuery();
            return true;
        }, ct);
}
