using System.Text.Json;
using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteNotificationStore(SqliteDatabase database, SqliteWriter writer) : INotificationStore
{
    private const string Columns = """
        id, group_id, group_key, receiver, integration, state, reason, payload, flush_at, created_at, updated_at,
        next_attempt_at, attempts, superseded, last_error, last_status, last_reason, delivered_at
        """;

    public Task<IReadOnlySet<string>> RenewAsync(string owner, IReadOnlyCollection<string> ids, DateTimeOffset until, CancellationToken ct) =>
        ids.Count == 0 ? Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal)) :
        writer.WriteAsync<IReadOnlySet<string>>(context =>
        {
            var renew = context.Command("""
                UPDATE notifications SET lease_until = max(lease_until, $until)
                WHERE id IN (SELECT value FROM json_each($ids)) AND state = 'sending' AND lease_owner = $owner RETURNING id
                """);
            renew.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids.ToArray(), StoreJsonContext.Default.StringArray));
            renew.Parameters.AddWithValue("$owner", owner);
            renew.Parameters.AddWithValue("$until", until.UtcTicks);
            var kept = new HashSet<string>(StringComparer.Ordinal);
            using var reader = renew.ExecuteReader();
            while (reader.Read())
            {
                kept.Add(reader.GetString(0));
            }

            return kept;
        }, ct);

    public Task RecoverOwnAsync(string owner, DateTimeOffset now, CancellationToken ct) =>
        writer.WriteAsync(context => Recover(context, now, "lease_owner = $owner", owner,
            "delivery interrupted: the process stopped mid-delivery (sent again at restart)"), ct);

    // A delivery whose lease ran out was interrupted (crash, kill -9): send it again, unless a newer decision for
    // the same group and integration is already pending, which then carries the latest state instead.
    private static void RecoverExpired(SqliteWriteContext context, DateTimeOffset now) =>
        Recover(context, now, "lease_until <= $now", null, "delivery interrupted: lease expired (the process died or stalled)");

    private static int Recover(SqliteWriteContext context, DateTimeOffset now, string which, string? owner, string why)
    {
        var recover = context.Command($"""
            UPDATE notifications SET
              state = CASE WHEN EXISTS (SELECT 1 FROM notifications p WHERE p.group_id = notifications.group_id
                  AND p.integration = notifications.integration AND p.state IN ('pending', 'failed')) THEN 'cancelled' ELSE 'failed' END,
              lease_owner = '', lease_until = 0, updated_at = $now, next_attempt_at = min(next_attempt_at, $now), last_error = $why
            WHERE state = 'sending' AND {which}
            """);
        recover.Parameters.AddWithValue("$now", now.UtcTicks);
        recover.Parameters.AddWithValue("$why", why);
        if (owner is not null)
        {
            recover.Parameters.AddWithValue("$owner", owner);
        }

        return recover.ExecuteNonQuery();
    }

    private static NflogEntry? Nflog(SqliteWriteContext context, ClaimedNotification n)
    {
        var query = context.Command("SELECT firing, resolved, sent_at, receiver_data FROM nflog WHERE group_key = $k AND receiver = $r AND integration = $i");
        query.Parameters.AddWithValue("$k", n.GroupKey);
        query.Parameters.AddWithValue("$r", n.Receiver);
        query.Parameters.AddWithValue("$i", n.Integration);
        using var reader = query.ExecuteReader();
        return reader.Read() ? SqliteGroupStore.ReadNflog(reader, 0) : null;
    }

    internal static NotificationPayload Payload(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.NotificationPayload)!;

    public async Task<DateTimeOffset?> NextAttemptAsync(CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT min(t) FROM (SELECT min(next_attempt_at) AS t FROM notifications WHERE state IN ('pending', 'failed')
                                UNION ALL SELECT min(lease_until) FROM notifications WHERE state = 'sending')
            """;
        return await command.ExecuteScalarAsync(ct) is long ticks ? StoreTime.From(ticks) : null;
    }

    public Task<bool> RetryDeadAsync(string id, DateTimeOffset now, CancellationToken ct) =>
        writer.WriteAsync(context =>
        {
            var retry = context.Command("""
                UPDATE notifications SET state = 'pending', next_attempt_at = $now, created_at = $now, updated_at = $now,
                  last_error = 'replayed from dead letters'
                WHERE id = $id AND state = 'dead' AND NOT EXISTS (SELECT 1 FROM notifications p WHERE p.group_id = notifications.group_id
                  AND p.integration = notifications.integration AND p.state IN ('pending', 'failed'))
                """);
            retry.Parameters.AddWithValue("$id", id);
            retry.Parameters.AddWithValue("$now", now.UtcTicks);
            return retry.ExecuteNonQuery() == 1;
        }, ct);

    public Task<int> PurgeAsync(DateTimeOffset now, Retention retention, CancellationToken ct) =>
        writer.WriteAsync(context =>
        {
            var logCutoff = (now - retention.DeliveryLog).UtcTicks;
            Run(context, "DELETE FROM attempts WHERE notification_id IN (SELECT id FROM notifications WHERE state IN ('delivered', 'cancelled') AND updated_at < $t)", logCutoff);
            var purged = Run(context, "DELETE FROM notifications WHERE state IN ('delivered', 'cancelled') AND updated_at < $t", logCutoff);
            Run(context, "DELETE FROM nflog WHERE expires_at < $t", now.UtcTicks);
            Run(context, "DELETE FROM receipts WHERE received_at < $t", (now - retention.Receipts).UtcTicks);
            Run(context, """
                DELETE FROM alerts WHERE ends_at <> 0 AND ends_at < $t AND updated_at < $t
                  AND NOT EXISTS (SELECT 1 FROM group_alerts WHERE group_alerts.fingerprint = alerts.fingerprint)
                """, (now - retention.ResolvedAlerts).UtcTicks);
            return purged;
        }, ct);

    private static int Run(SqliteWriteContext context, string sql, long cutoff)
    {
        var command = context.Command(sql);
        command.Parameters.AddWithValue("$t", cutoff);
        return command.ExecuteNonQuery();
    }
}
