using AlertRouter.Core;
using AlertRouter.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database: one pooled <see cref="NpgsqlDataSource"/>, the embedded schema migrations
/// (Schema/NNN_*.sql) applied at startup under an advisory lock so replicas starting together apply each once, and
/// transactions that are retried when PostgreSQL aborts them for a deadlock or a lost race.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private const int MaxAttempts = 6;

    /// <summary>Connections per replica unless the connection string sets Maximum Pool Size.</summary>
    public const int DefaultPoolSize = 20;

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
        if (!Mentions(settings.ConnectionString, "Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
        {
            // Npgsql's default of 100 per process would let three replicas exhaust PostgreSQL's default
            // max_connections (100); the pool queues briefly instead when all are busy.
            builder.MaxPoolSize = DefaultPoolSize;
        }

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

    private static bool Mentions(string connectionString, params string[] keys)
    {
        var parsed = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.Any(parsed.ContainsKey);
    }

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
            catch (NpgsqlException e) when (IsUnavailable(e))
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
        catch (NpgsqlException e) when (IsUnavailable(e))
        {
            throw new StoreUnavailableException($"PostgreSQL at {Description} is unavailable: {e.Message}", e);
        }
    }

    // Client-side failures (refused, reset, timeout) and the server's own "not now": connection exceptions (08),
    // insufficient resources such as too many connections (53), shutdown or recovery in progress (57P).
    private static bool IsUnavailable(NpgsqlException e) =>
        e is not PostgresException p || p.SqlState.StartsWith("08", StringComparison.Ordinal) ||
        p.SqlState.StartsWith("53", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal);

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
            await PostgresMigrations.ApplyAsync(Source, Description, _logger);
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

    public ValueTask DisposeAsync() => Source.DisposeAsync();

    public void Dispose() => Source.Dispose();
}
