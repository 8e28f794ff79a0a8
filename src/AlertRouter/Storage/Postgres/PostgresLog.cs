namespace AlertRouter.Storage.Postgres;

internal static partial class PostgresLog
{
    [LoggerMessage(7101, LogLevel.Information, "Applied schema migration {Name} to PostgreSQL at {Database}")]
    public static partial void Migrated(this ILogger logger, string name, string database);

    [LoggerMessage(7102, LogLevel.Warning, "PostgreSQL at {Database} is unreachable ({Error}); the store is not ready until it answers")]
    public static partial void DatabaseUnreachable(this ILogger logger, string database, string error);

    [LoggerMessage(7103, LogLevel.Error, "Schema migration of PostgreSQL at {Database} failed")]
    public static partial void MigrationFailed(this ILogger logger, string database, Exception exception);

    [LoggerMessage(7104, LogLevel.Debug, "Transaction rolled back by PostgreSQL ({SqlState}) on attempt {Attempt}; running it again")]
    public static partial void TransactionRetried(this ILogger logger, string sqlState, int attempt);

    [LoggerMessage(7105, LogLevel.Error, "Replica id {Replica} is also in use by another process on this database; every replica needs its own AlertRouter:ReplicaId")]
    public static partial void ReplicaIdConflict(this ILogger logger, string replica);

    [LoggerMessage(7106, LogLevel.Warning, "Replica heartbeat failed")]
    public static partial void HeartbeatFailed(this ILogger logger, Exception exception);
}
