using System.Text.Json;
using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteGroupStore(SqliteDatabase database, SqliteWriter writer, GroupLeases leases) : IGroupStore
{
    private const string GroupColumns = "id, route_id, group_key, receiver, group_labels, created_at, next_flush_at, last_flush_at";

    // A read, not a write: the due groups, their members and pending integrations from one snapshot, leased in memory.
    public async Task<IReadOnlyList<DueGroup>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var snapshot = await connection.BeginTransactionAsync(ct);
        var due = $"SELECT id FROM groups WHERE next_flush_at <= $now ORDER BY next_flush_at LIMIT $limit";
        var groups = new Dictionary<string, (GroupState Group, List<MemberRef> Members)>(StringComparer.Ordinal);
        await using (var command = Command(connection, $"SELECT {GroupColumns} FROM groups WHERE id IN ({due})", now, limit))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (!leases.IsHeldByOther(reader.GetString(0), owner, now))
                {
                    var group = ReadGroup(reader, []);
                    groups[group.Id] = (group, []);
                }
            }
        }

        if (groups.Count == 0)
        {
            return [];
        }

        // Members by fingerprint only: the dispatcher reads each alert (and its version) from its change-fed cache.
        await using (var command = Command(connection, $"SELECT group_id, fingerprint FROM group_alerts WHERE group_id IN ({due})", now, limit))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (groups.TryGetValue(reader.GetString(0), out var entry))
                {
                    entry.Members.Add(new MemberRef(reader.GetString(1), 0));
                }
            }
        }

        var pending = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using (var command = Command(connection,
            $"SELECT group_id, integration FROM notifications WHERE state IN ('pending', 'failed') AND group_id IN ({due})", now, limit))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                (pending.TryGetValue(reader.GetString(0), out var set) ? set : pending[reader.GetString(0)] = new HashSet<string>(StringComparer.Ordinal))
                    .Add(reader.GetString(1));
            }
        }

        foreach (var id in groups.Keys)
        {
            leases.Take(id, owner, now + lease);
        }

        return [.. groups.Values.Select(g => new DueGroup(g.Group.Id, g.Group.RouteId, g.Group.GroupKey, g.Group.Receiver,
            g.Group.GroupLabels, g.Group.CreatedAt, g.Group.NextFlushAt, g.Members)
        {
            PendingIntegrations = pending.GetValueOrDefault(g.Group.Id) ?? [],
        })];
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, DateTimeOffset now, int limit)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        command.Parameters.AddWithValue("$limit", limit);
        return command;
    }

    public async Task<DateTimeOffset?> NextFlushAsync(CancellationToken ct) => (await StatsAsync(ct)).EarliestFlush;

    public async Task<(int Groups, DateTimeOffset? EarliestFlush)> StatsAsync(CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), min(next_flush_at) FROM groups";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : StoreTime.From(reader.GetInt64(1)));
    }

    public async Task<IReadOnlyDictionary<NflogKey, NflogEntry>> GetNflogAsync(IReadOnlyCollection<string> groupKeys, CancellationToken ct)
    {
        var result = new Dictionary<NflogKey, NflogEntry>();
        await using var connection = database.Open();
        foreach (var chunk in groupKeys.Distinct().Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            command.CommandText = $"SELECT group_key, receiver, integration, firing, resolved, sent_at, receiver_data FROM nflog WHERE group_key IN ({string.Join(',', names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                result[new NflogKey(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = ReadNflog(reader, 3);
            }
        }

        return result;
    }

    internal static NflogEntry ReadNflog(SqliteDataReader reader, int first) =>
        new(
            JsonSerializer.Deserialize(reader.GetString(first), StoreJsonContext.Default.StringArray)!.ToHashSet(StringComparer.Ordinal),
            JsonSerializer.Deserialize(reader.GetString(first + 1), StoreJsonContext.Default.StringArray)!.ToHashSet(StringComparer.Ordinal),
            StoreTime.From(reader.GetInt64(first + 2)))
        {
            ReceiverData = JsonSerializer.Deserialize(reader.GetString(first + 3), StoreJsonContext.Default.DictionaryStringString)!,
        };

    public async Task<(IReadOnlyList<StoredAlert> Alerts, long Cursor)> ReadChangesAsync(long cursor, int limit, CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteAlertStore.SelectColumns} FROM alerts WHERE version > $c ORDER BY version LIMIT $n";
        command.Parameters.AddWithValue("$c", cursor);
        command.Parameters.AddWithValue("$n", limit);
        var alerts = new List<StoredAlert>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            alerts.Add(SqliteAlertStore.ReadAlert(reader));
        }

        return (alerts, alerts.Count == 0 ? cursor : alerts[^1].Version);
    }

    public async Task<IReadOnlyList<GroupState>> ListGroupsAsync(CancellationToken ct)
    {
        await using var connection = database.Open();
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT group_id, fingerprint FROM group_alerts ORDER BY group_id, fingerprint";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                (members.TryGetValue(reader.GetString(0), out var list) ? list : members[reader.GetString(0)] = []).Add(reader.GetString(1));
            }
        }

        var groups = new List<GroupState>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {GroupColumns} FROM groups ORDER BY group_key, receiver";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                groups.Add(ReadGroup(reader, members.GetValueOrDefault(reader.GetString(0)) ?? []));
            }
        }

        return groups;
    }

    private static GroupState ReadGroup(SqliteDataReader reader, IReadOnlyList<string> fingerprints) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), LabelJson.Read(reader.GetString(4)),
            StoreTime.From(reader.GetInt64(5)), StoreTime.From(reader.GetInt64(6)), StoreTime.From(reader.GetInt64(7)), fingerprints);
}
