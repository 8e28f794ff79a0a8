namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Which due notifications a claim takes: the oldest due first, at most <c>limit</c>, and no more from a lane than
/// its slots (what the worker's bulkhead can start: claiming more would mean handing them back, a write each, while
/// other replicas could have sent them). Reads stop early: a window of the oldest due rows in index order, read again
/// behind lanes that filled up when their backlog stands in front of other lanes' work. The window is read
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas claiming at the same moment scan past each other's rows and end up
/// with disjoint sets; rows read but not taken (their lane was full) stay locked only until this short transaction
/// ends.
/// </summary>
internal static class PostgresClaimCandidates
{
    private const int MaxScans = 8;

    public static async Task<List<string>> PickAsync(PgTx tx, DateTimeOffset now, int limit, IReadOnlyDictionary<string, int> laneSlots, int perLane,
        CancellationToken ct)
    {
        var excluded = laneSlots.Where(l => l.Value <= 0).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var picked = new List<string>();
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var scan = 0; scan < MaxScans && picked.Count < limit; scan++)
        {
            // Exactly what is still wanted: every row read is locked, so reading more would hide rows from the
            // replicas claiming alongside; rows of a lane that turns out full are skipped by the next scan.
            var window = limit - picked.Count;
            var rows = await tx.ListAsync("""
                SELECT n.id, n.receiver || '/' || n.integration FROM notifications n
                WHERE n.state IN ('pending', 'failed') AND n.next_attempt_at <= @now
                  AND NOT ((n.receiver || '/' || n.integration) = ANY(@full)) AND NOT (n.id = ANY(@picked))
                  AND NOT EXISTS (SELECT 1 FROM notifications s WHERE s.group_id = n.group_id AND s.integration = n.integration AND s.state = 'sending')
                ORDER BY n.next_attempt_at LIMIT @window FOR UPDATE OF n SKIP LOCKED
                """, r => (Id: r.GetString(0), Lane: r.GetString(1)), ct,
                ("now", now.UtcTicks), ("full", excluded.ToArray()), ("picked", picked.ToArray()), ("window", window));
            foreach (var (id, lane) in rows)
            {
                var count = taken.GetValueOrDefault(lane);
                if (picked.Count < limit && count < laneSlots.GetValueOrDefault(lane, perLane))
                {
                    taken[lane] = count + 1;
                    picked.Add(id);
                }
                else
                {
                    excluded.Add(lane);
                }
            }

            if (rows.Count < window)
            {
                break;
            }
        }

        return picked;
    }
}
