using System.Reflection;
using AlertRouter.Core;
using AlertRouter.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage.Sqlite;

/// <summary>
/// The SQLite file: opens connections with WAL and the configured synchronous level, and applies the embedded schema
/// migrations (Schema/NNN_*.sql) once, in order, at startup.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _synchronous;

    public SqliteDatabase(IOptions<StoreOptions> options)
    {
        var sqlite = options.Value.Sqlite;
        Path = sqlite.Path == ":memory:" ? sqlite.Path : AlertRouterOptions.ResolvePath(sqlite.Path);
        _synchronous = sqlite.Synchronous.ToUpperInvariant() is "FULL" or "NORMAL" or "EXTRA" or "OFF"
            ? sqlite.Synchronous.ToUpperInvariant()
            : throw new InvalidOperationException($"AlertRouter:Sqlite:Synchronous: '{sqlite.Synchronous}' is not FULL, NORMAL, EXTRA or OFF");
        if (Path != ":memory:")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Migrate();
    }

    public string Path { get; }

    /// <summary>A pooled connection for reads (SQLite's default page cache: readers come and go, in numbers).</summary>
    public SqliteConnection Open() => Open(writer: false);

    /// <param name="writer">The single writer connection keeps a large page cache, since every write goes through it.</param>
    public SqliteConnection Open(bool writer)
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per-connection settings only: WAL is a property of the file, set once by Migrate.
        Execute(connection, $"PRAGMA synchronous={_synchronous}; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;" +
            (writer ? " PRAGMA cache_size=-32768;" : ""));
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Migrate()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL");
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        using var transaction = connection.BeginTransaction();
        var applied = new HashSet<long>();
        using (var query = connection.CreateCommand())
        {
            query.Transaction = transaction;
            query.CommandText = "SELECT version FROM schema_migrations";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt64(0));
            }
        }

        foreach (var (version, name, sql) in Migrations())
        {
            if (applied.Contains(version))
            {
                continue;
            }

            Execute(connection, sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations(version, name) VALUES ($v, $n)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static IEnumerable<(long Version, string Name, string Sql)> Migrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "AlertRouter.Storage.Sqlite.Schema.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (long.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
