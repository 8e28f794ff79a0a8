using System.Data;
using Npgsql;

namespace AlertRouter.Store.Postgres;

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
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(ct);
        }

        var tx = new PgTx(connection, transaction);
        var xmin = Convert.ToInt64(await tx.ScalarAsync("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", ct),
            System.Globalization.CultureInfo.InvariantCulture);
        var columns = PostgresAlertStore.SelectColumns;

        // Would the final rows fill the page? Then stop after the transaction of the limit-th row.
        var cut = await tx.ScalarAsync("SELECT version FROM alerts WHERE version > @c AND version < @xmin ORDER BY version OFFSET @skip LIMIT 1", ct,
            ("c", cursor), ("xmin", xmin), ("skip", Math.Max(limit - 1, 0)));
        if (cut is long last)
        {
            var page = await tx.ListAsync($"SELECT {columns} FROM alerts WHERE version > @c AND version <= @last ORDER BY version, fingerprint",
                PostgresAlertStore.ReadAlert, ct, ("c", cursor), ("last", last));
            return (page, last);
        }

        var alerts = await tx.ListAsync($"SELECT {columns} FROM alerts WHERE version > @c AND version < @xmin ORDER BY version, fingerprint",
            PostgresAlertStore.ReadAlert, ct, ("c", cursor), ("xmin", xmin));

        // Fewer than the limit in total, so a caller that pages until a short page stops here rather than reading
        // the same early arrivals again.
        var room = limit - 1 - alerts.Count;
        if (room > 0)
        {
            alerts.AddRange(await tx.ListAsync($"SELECT {columns} FROM alerts WHERE version >= @xmin ORDER BY version, fingerprint LIMIT @room",
                PostgresAlertStore.ReadAlert, ct, ("xmin", xmin), ("room", room)));
        }

        return (alerts, Math.Max(cursor, xmin - 1));
    }
}
