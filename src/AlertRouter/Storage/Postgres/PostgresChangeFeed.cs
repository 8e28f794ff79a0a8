using System.Data;
using AlertRouter.Store;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// The alert change feed on PostgreSQL, where transactions commit in a different order than they took their ids
/// or sequence numbers: reading "version &gt; cursor" with the largest version seen as the next cursor would skip a
/// row whose transaction took a smaller number but committed later.
/// <para>
/// An alert's version is the id of the transaction that last changed it (<c>pg_current_xact_id()</c>). A reader
/// works in one REPEATABLE READ snapshot whose <c>xmin</c> is the oldest transaction still running: every
/// transaction with a smaller id has finished, and every transaction that has not yet committed, or has not yet
/// started, has an id of at least <c>xmin</c>. So rows with a version below <c>xmin</c> are final, and the cursor
/// moves to <c>xmin - 1</c> and never past it; a row written later always gets a version above the cursor.
/// (<c>xmin</c> here leaves out transactions running in other databases of the same server: see HorizonAsync.)
/// </para>
/// <para>
/// Rows with a version of <c>xmin</c> or more that are already visible (committed out of order) are returned too,
/// so a reader is never behind what it can see, but the cursor stays below them, so they come again until
/// <c>xmin</c> passes them: harmless for a cache that keeps the latest copy per fingerprint. Pages are cut only
/// between transactions, so a page never ends in the middle of one transaction's rows.
/// </para>
/// </summary>
internal static class PostgresChangeFeed
{
    public static async Task<(IReadOnlyList<StoredAlert> Alerts, long Cursor)> ReadAsync(NpgsqlConnection connection, long cursor, int limit, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var tx = new PgTx(connection, transaction);
        var (xmin, xmax) = await HorizonAsync(tx, ct);
        var columns = PostgresAlertStore.SelectColumns;

        // The final rows, cut after the transaction of the limit-th one (never inside a transaction's rows).
        var alerts = await tx.ListAsync($"""
            SELECT {columns} FROM alerts WHERE version > @c AND version < @xmin AND version <= coalesce(
              (SELECT version FROM alerts WHERE version > @c AND version < @xmin ORDER BY version OFFSET @skip LIMIT 1), @xmin)
            ORDER BY version, fingerprint
            """, PostgresAlertStore.ReadAlert, ct, ("c", cursor), ("xmin", xmin), ("skip", Math.Max(limit - 1, 0)));
        if (alerts.Count >= limit)
        {
            return (alerts, alerts[^1].Version);
        }

        // Rows committed out of order, visible but not final. Fewer than the limit in total, so a caller that pages
        // until a short page stops here rather than reading the same rows again.
        var room = limit - 1 - alerts.Count;
        if (xmin < xmax && room > 0)
        {
            alerts.AddRange(await tx.ListAsync($"SELECT {columns} FROM alerts WHERE version >= @xmin ORDER BY version, fingerprint LIMIT @room",
                PostgresAlertStore.ReadAlert, ct, ("xmin", xmin), ("room", room)));
        }

        return (alerts, Math.Max(cursor, xmin - 1));
    }

    /// <summary>
    /// The snapshot's xmin, refined: transaction ids are cluster-wide, so a long transaction in another database
    /// of the same PostgreSQL would hold every replica's feed back. Running transactions that pg_stat_activity
    /// shows in another database cannot have written these rows and are left out; any other one (finished since
    /// the snapshot, or not visible to this role) still counts.
    /// </summary>
    private static async Task<(long Horizon, long Xmax)> HorizonAsync(PgTx tx, CancellationToken ct)
    {
        var (xmax, running) = (await tx.ListAsync("""
            SELECT pg_snapshot_xmax(s)::text::bigint, array(SELECT x::text::bigint FROM pg_snapshot_xip(s) AS x) FROM pg_current_snapshot() AS s
            """, r => (r.GetInt64(0), r.GetFieldValue<long[]>(1)), ct))[0];
        if (running.Length == 0)
        {
            return (xmax, xmax);
        }

        var elsewhere = (await tx.ListAsync("""
            SELECT backend_xid::text::bigint FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND datname IS DISTINCT FROM current_database()
            """, r => r.GetInt64(0), ct)).ToHashSet();

        // backend_xid is the 32-bit form of the id: compare low halves (running ids are within 2^31 of each other).
        var ours = running.Where(x => !elsewhere.Contains(x & 0xFFFF_FFFF)).ToList();
        return (ours.Count == 0 ? xmax : ours.Min(), xmax);
    }
}
