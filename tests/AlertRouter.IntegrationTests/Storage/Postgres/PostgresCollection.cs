using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

/// <summary>Every PostgreSQL test shares one cluster (started once per run) and runs one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
