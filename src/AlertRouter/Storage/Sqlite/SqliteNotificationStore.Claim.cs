using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

internal sealed partial class SqliteNotificationStore
{
    private const int MaxSkippedInARow = 8;
    private const int MaxScans = 8;

    public Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyCollection<string> busyLanes, CancellationToken ct) =>
        ClaimAsync(owner, now, lease, limit, busyLanes.Distinct(StringComparer.Ordinal).ToDictionary(l => l, _ => 0, StringComparer.Ordinal), int.MaxValue, ct);

    public Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        IReadOnlyDictionary<string, int> laneSlots, int perLane, CancellationToken ct) =>
        writer.WriteAsync<IReadOnlyList<ClaimedNotification>>(context =>
        {
            RecoverExpired(context, now);
            var ids = Candidates(context, now, limit, laneSlots, perLane);
            if (ids.Count == 0)
            {
                return [];
            }

            var names = ids.Select((_, i) => "$c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var claim = context.Command($"""
                UPDATE notifications SET state = 'sending', lease_owner = $owner, lease_until = $until, updated_at = $now
                WHERE id IN ({string.Join(',', names)})
                RETURNING id, group_id, group_key, receiver, integration, reason, payload, flush_at, created_at, attempts
                """);
            claim.Parameters.AddWithValue("$owner", owner);
            claim.Parameters.AddWithValue("$until", (now + lease).UtcTicks);
            claim.Parameters.AddWithValue("$now", now.UtcTicks);
            for (var i = 0; i < names.Length; i++)
            {
                claim.Parameters.AddWithValue(names[i], ids[i]);
            }

            var claimed = new List<ClaimedNotification>();
            using (var reader = claim.ExecuteReader())
            {
                while (reader.Read())
                {
                    claimed.Add(new ClaimedNotification(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.GetString(4), reader.GetString(5), Payload(reader.GetString(6)), StoreTime.From(reader.GetInt64(7)),
                        StoreTime.From(reader.GetInt64(8)), reader.GetInt32(9), null));
                }
            }

            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            return [.. claimed.OrderBy(c => order[c.Id]).Select(c => c with { Nflog = Nflog(context, c) })];
        }, ct);

    // The oldest due notifications, at most `limit`, taking no more from a lane than it has slots. The pending and
    // the failed rows are read as two streams in index order and merged (an IN over both states would sort every
    // due row first), and reading stops as soon as enough are picked, so a claim stays cheap however deep the queue.
    // Full lanes are left out in SQL; a lane that fills up during the scan while its backlog stands in front of
    // other lanes' work is left out too, and the scan starts over behind it.
    private static List<string> Candidates(SqliteWriteContext context, DateTimeOffset now, int limit, IReadOnlyDictionary<string, int> laneSlots, int perLane)
    {
        var excluded = laneSlots.Where(l => l.Value <= 0).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var picked = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var scan = 0; scan < MaxScans; scan++)
        {
            using var pending = Due(context, "pending", now, excluded);
            using var failed = Due(context, "failed", now, excluded);
            var (hasPending, hasFailed) = (pending.Read(), failed.Read());
            var skipped = 0;
            while (picked.Count < limit && skipped < MaxSkippedInARow && (hasPending || hasFailed))
            {
                var reader = !hasFailed || (hasPending && pending.GetInt64(1) <= failed.GetInt64(1)) ? pending : failed;
                var id = reader.GetString(0);
                var lane = reader.GetString(2);
                if (!seen.Contains(id))
                {
                    var count = taken.GetValueOrDefault(lane);
                    if (count < laneSlots.GetValueOrDefault(lane, perLane))
                    {
                        taken[lane] = count + 1;
                        picked.Add(id);
                        seen.Add(id);
                        skipped = 0;
                    }
                    else
                    {
                        skipped++;
                    }
                }

                _ = ReferenceEquals(reader, pending) ? hasPending = pending.Read() : hasFailed = failed.Read();
            }

            if (skipped < MaxSkippedInARow)
            {
                break;
            }

            excluded.UnionWith(taken.Where(t => t.Value >= laneSlots.GetValueOrDefault(t.Key, perLane)).Select(t => t.Key));
        }

        return picked;
    }

    private static SqliteDataReader Due(SqliteWriteContext context, string state, DateTimeOffset now, IReadOnlyCollection<string> excluded)
    {
        var fullLanes = excluded.Order(StringComparer.Ordinal).ToArray();
        var names = fullLanes.Select((_, i) => "$b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var laneFilter = names.Length == 0 ? "" : $"AND (n.receiver || '/' || n.integration) NOT IN ({string.Join(',', names)})";
        var select = context.Command($"""
            SELECT n.id, n.next_attempt_at, n.receiver || '/' || n.integration FROM notifications n INDEXED BY notifications_due
            WHERE n.state = '{state}' AND n.next_attempt_at <= $now {laneFilter}
              AND NOT EXISTS (SELECT 1 FROM notifications s WHERE s.group_id = n.group_id AND s.integration = n.integration AND s.state = 'sending')
            ORDER BY n.next_attempt_at
            """);
        select.Parameters.AddWithValue("$now", now.UtcTicks);
        for (var i = 0; i < names.Length; i++)
        {
            select.Parameters.AddWithValue(names[i], fullLanes[i]);
        }

        return select.ExecuteReader();
    }
}
