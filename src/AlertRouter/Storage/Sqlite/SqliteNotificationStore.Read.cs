using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteNotificationStore
{
    public async Task<IReadOnlyList<NotificationRecord>> ListAsync(NotificationQuery query, CancellationToken ct)
    {
        var where = new List<string>();
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        if (query.Receiver is not null)
        {
            where.Add("receiver = $receiver");
            command.Parameters.AddWithValue("$receiver", query.Receiver);
        }

        if (query.Integration is not null)
        {
            // "slack" matches slack[0], slack[1]…; "slack[1]" matches exactly.
            where.Add("(integration = $integration OR integration LIKE $integration || '[%')");
            command.Parameters.AddWithValue("$integration", query.Integration);
        }

        if (query.State is { } state)
        {
            where.Add("state = $state");
            command.Parameters.AddWithValue("$state", state.Name());
        }

        command.CommandText = $"SELECT {Columns} FROM notifications {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} ORDER BY updated_at DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 10_000));
        var rows = new List<NotificationRecord>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add(Read(reader, []));
            }
        }

        var attempts = await AttemptsAsync(connection, rows.Select(r => r.Id).ToList(), ct);
        return [.. rows.Select(r => r with { AttemptLog = attempts.GetValueOrDefault(r.Id) ?? [] })];
    }

    public async Task<NotificationRecord?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM notifications WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        NotificationRecord? record = null;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                record = Read(reader, []);
            }
        }

        return record is null ? null : record with { AttemptLog = (await AttemptsAsync(connection, [id], ct)).GetValueOrDefault(id) ?? [] };
    }

    public async Task<QueueStats> StatsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var depth = new Dictionary<(string, string), int>();
        var dead = new Dictionary<(string, string), int>();
        var oldest = now;
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT receiver, integration, state, count(*), min(created_at) FROM notifications
            WHERE state IN ('pending', 'failed', 'sending', 'dead') GROUP BY receiver, integration, state
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var lane = (reader.GetString(0), reader.GetString(1));
            var count = reader.GetInt32(3);
            if (reader.GetString(2) == "dead")
            {
                dead[lane] = dead.GetValueOrDefault(lane) + count;
                continue;
            }

            depth[lane] = depth.GetValueOrDefault(lane) + count;
            var created = StoreTime.From(reader.GetInt64(4));
            oldest = created < oldest ? created : oldest;
        }

        return new QueueStats(depth, dead, now - oldest);
    }

    private static async Task<Dictionary<string, List<AttemptRecord>>> AttemptsAsync(SqliteConnection connection, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, List<AttemptRecord>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "$i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            command.CommandText = $"SELECT notification_id, attempt, started_at, duration_ms, outcome, status_code, reason, error FROM attempts WHERE notification_id IN ({string.Join(',', names)}) ORDER BY attempt";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                (result.TryGetValue(id, out var list) ? list : result[id] = []).Add(new AttemptRecord(
                    reader.GetInt32(1), StoreTime.From(reader.GetInt64(2)), TimeSpan.FromMilliseconds(reader.GetDouble(3)), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
            }
        }

        return result;
    }

    private static NotificationRecord Read(SqliteDataReader r, IReadOnlyList<AttemptRecord> attempts) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), DeliveryStates.Parse(r.GetString(5)) ?? DeliveryState.Pending,
            r.GetString(6), Payload(r.GetString(7)), StoreTime.From(r.GetInt64(8)), StoreTime.From(r.GetInt64(9)), StoreTime.From(r.GetInt64(10)),
            StoreTime.From(r.GetInt64(11)), r.GetInt32(12), r.GetInt32(13), r.IsDBNull(14) ? null : r.GetString(14),
            r.IsDBNull(15) ? null : r.GetInt32(15), r.IsDBNull(16) ? null : r.GetString(16), StoreTime.From(r.GetInt64(17)), attempts);
}
