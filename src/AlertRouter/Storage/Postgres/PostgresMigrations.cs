using System.Reflection;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// The embedded schema migrations (Schema/NNN_*.sql), applied in order in one transaction under an advisory lock,
/// so replicas starting together apply each exactly once: the first applies them, the others wait and find them done.
/// </summary>
internal static class PostgresMigrations
{
    // pg_advisory_xact_lock key for migrations: any constant works, it only has to be the same in every replica.
    private const long MigrationLock = 0x416c657274526f75; // "AlertRou"

    public static async Task ApplyAsync(NpgsqlDataSource source, string description, ILogger logger)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        // Every replica may start at once: the lock makes them take turns, and the later ones find the work done.
        // Even CREATE TABLE IF NOT EXISTS races without it.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        var applied = new HashSet<int>();
        await using (var query = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var (version, name, sql) in Migrations().Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, sql);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations(version, name) VALUES (@v, @n)", connection, transaction);
            record.Parameters.AddWithValue("v", version);
            record.Parameters.AddWithValue("n", name);
            await record.ExecuteNonQueryAsync();
            logger.Migrated(name, description);
        }

        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    internal static IEnumerable<(int Version, string Name, string Sql)> Migrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "AlertRouter.Storage.Postgres.Schema.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
