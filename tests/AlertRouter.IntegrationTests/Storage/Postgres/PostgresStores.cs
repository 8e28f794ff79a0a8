using AlertRouter.Core;
using AlertRouter.Intake;
using AlertRouter.Storage.Postgres;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.Options;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

/// <summary>The PostgreSQL store's parts over one database, as one replica builds them.</summary>
internal static class PostgresStores
{
    public static PostgresDatabase Database(string connectionString, string replica = "test", int intakeBatch = 64) =>
        new(Options.Create(Settings(connectionString, intakeBatch)), Options.Create(new AlertRouterOptions { ReplicaId = replica }));

    public static async Task<StoreSet> OpenAsync(string connectionString, string replica = "test", int intakeBatch = 64)
    {
        var database = Database(connectionString, replica, intakeBatch);
        await database.EnsureReadyAsync();
        var batcher = new PostgresIntakeBatcher(database, new IntakeDedupWindow(TimeSpan.FromMinutes(10)), Options.Create(Settings(connectionString, intakeBatch)));
        return new StoreSet(new PostgresAlertStore(database, batcher), new PostgresGroupStore(database), new PostgresNotificationStore(database), database);
    }

    private static StoreOptions Settings(string connectionString, int intakeBatch) =>
        new() { Store = "postgres", Postgres = new PostgresStoreOptions { ConnectionString = connectionString, IntakeBatch = intakeBatch } };
}
