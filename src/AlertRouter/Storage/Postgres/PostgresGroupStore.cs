using System.Text.Json;
using AlertRouter.Store;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Groups on the shared database. A flush lease is a row lease (lease_owner, lease_until): claims pick due groups
/// with <c>FOR NO KEY UPDATE SKIP LOCKED</c>, so replicas claiming at once take different groups without waiting,
/// and intake (which holds groups only FOR KEY SHARE) never blocks a claim.
/// </summary>
internal sealed partial class PostgresGroupStore(PostgresDatabase database) : IGroupStore
{
    private const string GroupColumns = "id, route_id, group_key, receiver, group_labels, created_at, next_flush_at, last_flush_at";

    public Task<IReadOnlyList<DueGroup>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<DueGroup>>(async tx =>
        {
            var claimed = await tx.ListAsync($"""
                WITH due AS (
                  SELECT id FROM groups WHERE next_flush_at <= @now AND (lease_until <= @now OR lease_owner = @owner)
                  ORDER BY next_flush_at LIMIT @limit FOR NO KEY UPDATE SKIP LOCKED)
                UPDATE groups g SET lease_owner = @owner, lease_until = @until FROM due WHERE g.id = due.id
                RETURNING {string.Join(", ", GroupColumns.Split(", ").Select(c => "g." + c))}
                """, r => ReadGroup(r, []), ct, ("owner", owner), ("now", now.UtcTicks), ("until", (now + lease).UtcTicks), ("limit", limit));
            if (claimed.Count == 0)
            {
                return [];
            }

            string[] ids = [.. claimed.Select(g => g.Id)];
            var members = (await tx.ListAsync("""
                SELECT ga.group_id, ga.fingerprint, a.version FROM group_alerts ga JOIN alerts a ON a.fingerprint = ga.fingerprint
                WHERE ga.group_id = ANY(@ids)
                """, r => (Group: r.GetString(0), Member: new MemberRef(r.GetString(1), r.GetInt64(2))), ct, ("ids", ids)))
                .ToLookup(m => m.Group, m => m.Member, StringComparer.Ordinal);
            var pending = (await tx.ListAsync("SELECT group_id, integration FROM notifications WHERE group_id = ANY(@ids) AND state IN ('pending', 'failed')",
                    r => (Group: r.GetString(0), Integration: r.GetString(1)), ct, ("ids", ids)))
                .ToLookup(p => p.Group, p => p.Integration, StringComparer.Ordinal);

            return [.. claimed.Select(g => new DueGroup(g.Id, g.RouteId, g.GroupKey, g.Receiver, g.GroupLabels, g.CreatedAt, g.NextFlushAt, [.. members[g.Id]])
            {
                PendingIntegrations = pending[g.Id].ToHashSet(StringComparer.Ordinal),
            })];
        }, ct);

    /// <summary>
    /// The next time a claim can find work. A group leased to another replica counts from the end of its lease:
    /// otherwise every other replica would poll in a tight loop while one flushes (or while a dead one's lease runs out).
    /// </summary>
    public Task<DateTimeOffset?> NextFlushAsync(CancellationToken ct) =>
        database.ReadAsync(async connection =>
            await PgSql.ScalarAsync(connection, "SELECT min(greatest(next_flush_at, lease_until)) FROM groups", ct) is long ticks
                ? StoreTime.From(ticks)
                : (DateTimeOffset?)null, ct);

    public Task<(int Groups, DateTimeOffset? EarliestFlush)> StatsAsync(CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var row = (await PgSql.ListAsync(connection, null, "SELECT count(*), min(next_flush_at) FROM groups",
                r => ((int)r.GetInt64(0), r.IsDBNull(1) ? (DateTimeOffset?)null : StoreTime.From(r.GetInt64(1))), ct))[0];
            return row;
        }, ct);

    public Task<IReadOnlyDictionary<NflogKey, NflogEntry>> GetNflogAsync(IReadOnlyCollection<string> groupKeys, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<NflogKey, NflogEntry>>(async connection =>
            (await PgSql.ListAsync(connection, null,
                "SELECT group_key, receiver, integration, firing, resolved, sent_at, receiver_data FROM nflog WHERE group_key = ANY(@k)",
                r => (Key: new NflogKey(r.GetString(0), r.GetString(1), r.GetString(2)), Entry: ReadNflog(r, 3)), ct, ("k", groupKeys.Distinct().ToArray())))
            .ToDictionary(e => e.Key, e => e.Entry), ct);

    internal static NflogEntry ReadNflog(NpgsqlDataReader reader, int first) =>
        new(
            JsonSerializer.Deserialize(reader.GetString(first), StoreJsonContext.Default.StringArray)!.ToHashSet(StringComparer.Ordinal),
            JsonSerializer.Deserialize(reader.GetString(first + 1), StoreJsonContext.Default.StringArray)!.ToHashSet(StringComparer.Ordinal),
            StoreTime.From(reader.GetInt64(first + 2)))
        {
            ReceiverData = JsonSerializer.Deserialize(reader.GetString(first + 3), StoreJsonContext.Default.DictionaryStringString)!,
        };

    public Task<(IReadOnlyList<StoredAlert> Alerts, long Cursor)> ReadChangesAsync(long cursor, int limit, CancellationToken ct) =>
        database.ReadAsync(connection => PostgresChangeFeed.ReadAsync(connection, cursor, limit, ct), ct);

    public Task<IReadOnlyList<GroupState>> ListGroupsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<GroupState>>(async connection =>
        {
            var members = (await PgSql.ListAsync(connection, null, "SELECT group_id, fingerprint FROM group_alerts ORDER BY group_id, fingerprint",
                r => (Group: r.GetString(0), Fingerprint: r.GetString(1)), ct)).ToLookup(m => m.Group, m => m.Fingerprint, StringComparer.Ordinal);
            return await PgSql.ListAsync(connection, null, $"SELECT {GroupColumns} FROM groups ORDER BY group_key COLLATE \"C\", receiver COLLATE \"C\"",
                r => ReadGroup(r, [.. members[r.GetString(0)]]), ct);
        }, ct);

    private static GroupState ReadGroup(NpgsqlDataReader reader, IReadOnlyList<string> fingerprints) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), LabelJson.Read(reader.GetString(4)),
            StoreTime.From(reader.GetInt64(5)), StoreTime.From(reader.GetInt64(6)), StoreTime.From(reader.GetInt64(7)), fingerprints);
}
