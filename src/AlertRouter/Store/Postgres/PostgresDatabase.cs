using System.Reflection;
using AlertRouter.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertRouter.Store.Postgres;

/// <summary>
/// The shared PostgreSQL database: one pooled <see cref="NpgsqlDataSource"/>, the embedded schema migrations
/// (Schema/NNN_*.sql) applied at startup under an advisory lock so replicas starting together apply each once, and
/// transactions that are retried when PostgreSQL aborts them for a deadlock or a lost race.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    // pg_advisory_xact_lock key for migrations: any constant works, it only has to be the same in every replica.
    private const long MigrationLock = 0x416c657274526f75; // "AlertRou"
    private const int MaxAttempts = 6;

    private readonly ILogger _logger;
    private readonly Lock _readyLock = new();
    private Task? _ready;

    public PostgresDatabase(IOptions<StoreOptions> options, IOptions<AlertRouterOptions> host, ILogger<PostgresDatabase>? logger = null)
    {
        _logger = logger ?? NullLogger<PostgresDatabase>.Instance;
        var settings = options.Value.Postgres;
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new OptionsValidationException(AlertRouterOptions.Section, typeof(StoreOptions),
                ["AlertRouter:Postgres:ConnectionString is required when AlertRouter:Store is postgres"]);
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            // Shows which replica holds a connection or a lock in pg_stat_activity.
            builder.ApplicationName = "alertrouter/" + host.Value.EffectiveReplicaId;
        }

        Description = $"{builder.Host}:{builder.Port}/{builder.Database}";
        Source = NpgsqlDataSource.Create(builder.ConnectionString);
        _ = EnsureReadyAsync();
    }

    public NpgsqlDataSource Source { get; }

    /// <summary>host:port/database, never the credentials.</summary>
    public string Description { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one read-committed transaction and commits it. A deadlock, serialization
    /// failure or unique-key race (another replica got there first) rolls back and runs the work again from the
    /// start; a connection failure becomes <see cref="StoreUnavailableException"/>.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<PgTx, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureReadyAsync();
                await using var connection = await Source.OpenConnectionAsync(ct);
                await using var transaction = await connection.BeginTransactionAsync(ct);
                var result = await work(new PgTx(connection, transaction));
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (PostgresException e) when (IsRetryable(e) && attempt < MaxAttempts)
            {
                _logger.TransactionRetried(e.SqlState, attempt);

                // Real time on purpose: this waits for another transaction to finish, not for anything on the
                // application clock (which tests may hold still).
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << attempt)), TimeProvider.System, ct);
            }
            catch (NpgsqlException e) when (e is not PostgresException)
            {
                throw new StoreUnavailableException($"PostgreSQL at {Description} is unavailable: {e.Message}", e);
            }
        }
    }

    /// <summary>Runs read-only work on a pooled connection (each statement sees its own snapshot).</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await EnsureReadyAsync();
            await using var connection = await Source.OpenConnectionAsync(ct);
            return await work(connection);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new StoreUnavailableException($"PostgreSQL at {Description} is unavailable: {e.Message}", e);
        }
    }

    private static bool IsRetryable(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation;

    /// <summary>
    /// Completes once the schema is current. Startup does not wait for the database (replicas and the database
    /// often start together): until this succeeds every operation fails as unavailable and readiness says so, and a
    /// failed attempt is tried again by the next caller.
    /// </summary>
    public Task EnsureReadyAsync()
    {
        var ready = _ready;
        if (ready is { IsCompletedSuccessfully: true })
        {
            return ready;
        }

        lock (_readyLock)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                _ready = MigrateAsync();
            }

            return _ready;
        }
    }

    private async Task MigrateAsync()
    {
        try
        {
            await ApplyMigrationsAsync();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            _logger.DatabaseUnreachable(Description, e.Message);
            throw new StoreUnavailableException($"PostgreSQL at {Description} is unavailable: {e.Message}", e);
        }
        catch (Exception e)
        {
            _logger.MigrationFailed(Description, e);
            throw;
        }
    }

    private async Task ApplyMigrationsAsync()
    {
        await using var connection = await Source.OpenConnectionAsync();
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
            _logger.Migrated(name, Description);
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
        const string prefix = "AlertRouter.Store.Postgres.Schema.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }

    public ValueTask DisposeAsync() => Source.DisposeAsync();

    public void Dispose() => Source.Dispose();
}
