using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

/// <summary>The shared store contract on a real PostgreSQL 15, one fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresStoreContractTests(PostgresServer server) : StoreContract
{
    protected override async Task<StoreSet> CreateAsync() => await PostgresStores.OpenAsync(await server.CreateDatabaseAsync("contract"));
}
