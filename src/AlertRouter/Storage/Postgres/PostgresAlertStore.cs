using AlertRouter.Model;
using AlertRouter.Store;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Intake on the shared database. Webhooks that arrive together are committed together (group commit through
/// <see cref="PostgresIntakeBatcher"/>); <see cref="PostgresIntake"/> is one such transaction.
/// </summary>
internal sealed class PostgresAlertStore(PostgresDatabase database, PostgresIntakeBatcher batcher) : IAlertStore
{
    internal const string SelectColumns = "fingerprint, labels, annotations, starts_at, ends_at, generator_url, updated_at, last_seen_at, version, resolved_seen_at";

    public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
        batcher.CommitAsync(batches, ct);

    public Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct)
    {
        var where = query.Status switch
        {
            AlertStatus.Firing => "WHERE ends_at = 0 OR ends_at > @now",
            AlertStatus.Resolved => "WHERE ends_at <> 0 AND ends_at <= @now",
            _ => "",
        };
        return database.ReadAsync<IReadOnlyList<StoredAlert>>(async connection => await PgSql.ListAsync(connection, null,
            $"SELECT {SelectColumns} FROM alerts {where} ORDER BY updated_at DESC, fingerprint LIMIT @limit", ReadAlert, ct,
            ("now", query.Now.UtcTicks), ("limit", query.Limit)), ct);
    }

    public Task PingAsync(CancellationToken ct) =>
        database.ReadAsync(connection => PgSql.ScalarAsync(connection, "SELECT count(*) FROM schema_migrations", ct), ct);

    internal static StoredAlert ReadAlert(NpgsqlDataReader reader)
    {
        var alert = new Alert(
            LabelJson.Read(reader.GetString(1)),
            LabelJson.Read(reader.GetString(2)),
            StoreTime.From(reader.GetInt64(3)),
            StoreTime.From(reader.GetInt64(4)),
            reader.GetString(5));
        return new StoredAlert(alert, StoreTime.From(reader.GetInt64(6)), StoreTime.From(reader.GetInt64(7)), reader.GetInt64(8));
    }
}
