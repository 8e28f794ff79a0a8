using AlertRouter.Store;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

internal sealed partial class PostgresNotificationStore
{
    // Purge runs on every replica; one at a time is enough (pg_try_advisory_xact_lock: the others skip the round).
    private const long PurgeLock = 0x416c657274507267; // "AlertPrg"
    private const int PurgeChunk = 5_000;

    public Task<IReadOnlyList<NotificationRecord>> ListAsync(NotificationQuery query, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<NotificationRecord>>(async connection =>
        {
            // "slack" matches slack[0], slack[1]…; "slack[1]" matches exactly.
            var rows = await PgSql.ListAsync(connection, null, $"""
                SELECT {Columns} FROM notifications
                WHERE (@receiver::text IS NULL OR receiver = @receiver)
                  AND (@integration::text IS NULL OR integration = @integration OR starts_with(integration, @integration || '['))
                  AND (@state::text IS NULL OR state = @state)
                ORDER BY updated_at DESC, id DESC LIMIT @limit
                """, r => Read(r, []), ct, ("receiver", query.Receiver), ("integration", query.Integration), ("state", query.State?.Name()),
                ("limit", Math.Clamp(query.Limit, 1, 10_000)));
            var attempts = await AttemptsAsync(connection, [.. rows.Select(r => r.Id)], ct);
            return [.. rows.Select(r => r with { AttemptLog = attempts[r.Id].ToList() })];
        }, ct);

    public Task<NotificationRecord?> GetAsync(string id, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var record = (await PgSql.ListAsync(connection, null, $"SELECT {Columns} FROM notifications WHERE id = @id", r => Read(r, []), ct, ("id", id)))
                .FirstOrDefault();
            return record is null ? null : record with { AttemptLog = (await AttemptsAsync(connection, [id], ct))[id].ToList() };
        }, ct);

    public Task<QueueStats> StatsAsync(DateTimeOffset now, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var depth = new Dictionary<(string, string), int>();
            var dead = new Dictionary<(string, string), int>();
            var oldest = now;
            var rows = await PgSql.ListAsync(connection, null, """
                SELECT receiver, integration, state, count(*), min(created_at) FROM notifications
                WHERE state IN ('pending', 'failed', 'sending', 'dead') GROUP BY receiver, integration, state
                """, r => (Lane: (r.GetString(0), r.GetString(1)), State: r.GetString(2), Count: (int)r.GetInt64(3), Created: StoreTime.From(r.GetInt64(4))), ct);
            foreach (var row in rows)
            {
                if (row.State == "dead")
                {
                    dead[row.Lane] = dead.GetValueOrDefault(row.Lane) + row.Count;
                    continue;
                }

                depth[row.Lane] = depth.GetValueOrDefault(row.Lane) + row.Count;
                oldest = row.Created < oldest ? row.Created : oldest;
            }

            return new QueueStats(depth, dead, now - oldest);
        }, ct);

    /// <summary>
    /// Retention in short transactions (a long one would hold back every replica's change feed, which waits for
    /// the oldest running transaction), by one replica at a time.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset now, Retention retention, CancellationToken ct)
    {
        var logCutoff = (now - retention.DeliveryLog).UtcTicks;
        var purged = 0;
        while (true)
        {
            var deleted = await database.WriteAsync(async tx =>
            {
                if (await tx.ScalarAsync($"SELECT pg_try_advisory_xact_lock({PurgeLock})", ct) is not true)
                {
                    return -1;
                }

                var ids = await tx.ListAsync("SELECT id FROM notifications WHERE state IN ('delivered', 'cancelled') AND updated_at < @t LIMIT @n",
                    r => r.GetString(0), ct, ("t", logCutoff), ("n", PurgeChunk));
                await tx.ExecuteAsync("DELETE FROM attempts WHERE notification_id = ANY(@ids)", ct, ("ids", ids.ToArray()));
                return await tx.ExecuteAsync("DELETE FROM notifications WHERE id = ANY(@ids)", ct, ("ids", ids.ToArray()));
            }, ct);
            if (deleted <= 0)
            {
                break;
            }

            purged += deleted;
        }

        await database.WriteAsync(async tx =>
        {
            if (await tx.ScalarAsync($"SELECT pg_try_advisory_xact_lock({PurgeLock})", ct) is not true)
            {
                return 0;
            }

            await tx.ExecuteAsync("DELETE FROM nflog WHERE expires_at < @t", ct, ("t", now.UtcTicks));
            await tx.ExecuteAsync("DELETE FROM receipts WHERE received_at < @t", ct, ("t", (now - retention.Receipts).UtcTicks));
            return await tx.ExecuteAsync("""
                DELETE FROM alerts WHERE ends_at <> 0 AND ends_at < @t AND updated_at < @t
                  AND NOT EXISTS (SELECT 1 FROM group_alerts WHERE group_alerts.fingerprint = alerts.fingerprint)
                """, ct, ("t", (now - retention.ResolvedAlerts).UtcTicks));
        }, ct);
        return purged;
    }

    private static async Task<ILookup<string, AttemptRecord>> AttemptsAsync(NpgsqlConnection connection, string[] ids, CancellationToken ct) =>
        (await PgSql.ListAsync(connection, null, """
            SELECT notification_id, attempt, started_at, duration_ms, outcome, status_code, reason, error FROM attempts
            WHERE notification_id = ANY(@ids) ORDER BY notification_id, attempt
            """, r => (Id: r.GetString(0), Attempt: new AttemptRecord(r.GetInt32(1), StoreTime.From(r.GetInt64(2)), TimeSpan.FromMilliseconds(r.GetDouble(3)),
                r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7))),
            ct, ("ids", ids))).ToLookup(a => a.Id, a => a.Attempt, StringComparer.Ordinal);

    private static NotificationRecord Read(NpgsqlDataReader r, IReadOnlyList<AttemptRecord> attempts) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), DeliveryStates.Parse(r.GetString(5)) ?? DeliveryState.Pending,
            r.GetString(6), Payload(r.GetString(7)), StoreTime.From(r.GetInt64(8)), StoreTime.From(r.GetInt64(9)), StoreTime.From(r.GetInt64(10)),
            StoreTime.From(r.GetInt64(11)), r.GetInt32(12), r.GetInt32(13), r.IsDBNull(14) ? null : r.GetString(14),
            r.IsDBNull(15) ? null : r.GetInt32(15), r.IsDBNull(16) ? null : r.GetString(16), StoreTime.From(r.GetInt64(17)), attempts);
}
