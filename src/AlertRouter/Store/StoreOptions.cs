namespace AlertRouter.Store;

/// <summary>Settings under <c>AlertRouter:</c> that choose and tune the store.</summary>
public sealed class StoreOptions
{
    /// <summary><c>AlertRouter:Store</c>: sqlite (default, one node) or postgres (several replicas).</summary>
    public string Store { get; set; } = "sqlite";

    public SqliteStoreOptions Sqlite { get; set; } = new();

    public PostgresStoreOptions Postgres { get; set; } = new();
}

public sealed class SqliteStoreOptions
{
    /// <summary><c>AlertRouter:Sqlite:Path</c>, default <c>data/alertrouter.db</c> (relative to the working directory).</summary>
    public string Path { get; set; } = "data/alertrouter.db";

    /// <summary>
    /// <c>AlertRouter:Sqlite:Synchronous</c>: FULL (default) fsyncs every commit, so an accepted webhook survives power
    /// loss; NORMAL survives a process crash only.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";
}

public sealed class PostgresStoreOptions
{
    /// <summary>
    /// <c>AlertRouter:Postgres:ConnectionString</c> (Npgsql syntax), e.g.
    /// <c>Host=db;Database=alertrouter;Username=alertrouter;Password=…</c>. Every replica points at the same database.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// <c>AlertRouter:Postgres:IntakeBatch</c>: webhooks committed together in one transaction when they arrive at
    /// once (group commit: one WAL flush for many). Default 64; 1 gives every webhook its own transaction.
    /// </summary>
    public int IntakeBatch { get; set; } = 64;
}
