using AlertRouter.Intake;
using AlertRouter.Model;
using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

internal sealed class SqliteAlertStore(SqliteDatabase database, SqliteWriter writer, SqliteVersions versions, IntakeDedupWindow window) : IAlertStore
{
    internal const string SelectColumns = "fingerprint, labels, annotations, starts_at, ends_at, generator_url, updated_at, last_seen_at, version, resolved_seen_at";

    public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
        writer.WriteAsync<IReadOnlyList<IntakeOutcome>>(context => [.. batches.Select(b => Commit(context, b))], ct);

    private IntakeOutcome Commit(SqliteWriteContext context, IntakeBatch batch)
    {
        var now = batch.ReceivedAt;
        var seen = context.Command("SELECT receipt_id FROM receipts WHERE content_hash = $h AND received_at >= $cutoff");
        seen.Parameters.AddWithValue("$h", batch.ContentHash);
        seen.Parameters.AddWithValue("$cutoff", (now - window.Value).UtcTicks);
        if (seen.ExecuteScalar() is string original)
        {
            return new IntakeOutcome(original, Duplicate: true, batch.Alerts.Count);
        }

        var receipt = context.Command("""
            INSERT INTO receipts(content_hash, receipt_id, received_at, alerts) VALUES ($h, $r, $t, $n)
            ON CONFLICT(content_hash) DO UPDATE SET receipt_id = excluded.receipt_id, received_at = excluded.received_at, alerts = excluded.alerts
            """);
        receipt.Parameters.AddWithValue("$h", batch.ContentHash);
        receipt.Parameters.AddWithValue("$r", batch.ReceiptId);
        receipt.Parameters.AddWithValue("$t", now.UtcTicks);
        receipt.Parameters.AddWithValue("$n", batch.Alerts.Count);
        receipt.ExecuteNonQuery();

        for (var i = 0; i < batch.Alerts.Count; i++)
        {
            if (Upsert(context, batch.Alerts[i], now))
            {
                SqliteMembership.Join(context, batch.Alerts[i], batch.Groups[i], now);
            }
        }

        return new IntakeOutcome(batch.ReceiptId, Duplicate: false, batch.Alerts.Count);
    }

    /// <returns>True when the alert is new or changed (it then joins its groups).</returns>
    private bool Upsert(SqliteWriteContext context, Alert alert, DateTimeOffset now)
    {
        var fingerprint = alert.Fingerprint.ToString();
        var find = context.Command($"SELECT {SelectColumns} FROM alerts WHERE fingerprint = $f");
        find.Parameters.AddWithValue("$f", fingerprint);
        StoredAlertState? existing = null;
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                var stored = ReadAlert(reader);
                existing = new StoredAlertState(stored.Alert, stored.Version, new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero));
            }
        }

        var decision = AlertMerge.Decide(alert, existing, now);
        if (!decision.Changed && existing is not null)
        {
            var touch = context.Command("UPDATE alerts SET last_seen_at = $now WHERE fingerprint = $f");
            touch.Parameters.AddWithValue("$now", now.UtcTicks);
            touch.Parameters.AddWithValue("$f", fingerprint);
            touch.ExecuteNonQuery();
            return false;
        }

        var write = context.Command($"""
            INSERT INTO alerts({SelectColumns}) VALUES ($f, $l, $a, $s, $e, $g, $now, $now, $v, $r)
            ON CONFLICT(fingerprint) DO UPDATE SET annotations = excluded.annotations, starts_at = excluded.starts_at,
              ends_at = excluded.ends_at, generator_url = excluded.generator_url, updated_at = excluded.updated_at,
              last_seen_at = excluded.last_seen_at, version = excluded.version, resolved_seen_at = excluded.resolved_seen_at
            """);
        write.Parameters.AddWithValue("$f", fingerprint);
        write.Parameters.AddWithValue("$l", LabelJson.Write(alert.Labels));
        write.Parameters.AddWithValue("$a", LabelJson.Write(alert.Annotations));
        write.Parameters.AddWithValue("$s", alert.StartsAt.UtcTicks);
        write.Parameters.AddWithValue("$e", alert.EndsAt.UtcTicks);
        write.Parameters.AddWithValue("$g", alert.GeneratorUrl);
        write.Parameters.AddWithValue("$now", now.UtcTicks);
        write.Parameters.AddWithValue("$v", versions.Next(context));
        write.Parameters.AddWithValue("$r", decision.ResolvedSeenAt.UtcTicks);
        write.ExecuteNonQuery();
        return true;
    }

    public async Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct)
    {
        var where = query.Status switch
        {
            AlertStatus.Firing => "WHERE ends_at = 0 OR ends_at > $now",
            AlertStatus.Resolved => "WHERE ends_at <> 0 AND ends_at <= $now",
            _ => "",
        };
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SelectColumns} FROM alerts {where} ORDER BY updated_at DESC, fingerprint LIMIT $limit";
        command.Parameters.AddWithValue("$now", query.Now.UtcTicks);
        command.Parameters.AddWithValue("$limit", query.Limit);
        var result = new List<StoredAlert>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(ReadAlert(reader));
        }

        return result;
    }

    public async Task PingAsync(CancellationToken ct)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        await command.ExecuteScalarAsync(ct);
    }

    internal static StoredAlert ReadAlert(SqliteDataReader reader)
    {
        var alert = new Alert(
            LabelJson.Read(reader.GetString(1)),
            LabelJson.Read(reader.GetString(2)),
            Ticks(reader.GetInt64(3)),
            Ticks(reader.GetInt64(4)),
            reader.GetString(5));
        return new StoredAlert(alert, Ticks(reader.GetInt64(6)), Ticks(reader.GetInt64(7)), reader.GetInt64(8));
    }

    private static DateTimeOffset Ticks(long ticks) => StoreTime.From(ticks);
}
