using AlertRouter.Core;
using AlertRouter.Storage.Postgres;
using AlertRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public class PostgresReplicaRegistryTests(PostgresServer server)
{
    private static PostgresReplicaRegistry Registry(PostgresDatabase database, string id, TimeProvider time) =>
        new(database, Options.Create(new AlertRouterOptions { ReplicaId = id }), time, NullLogger<PostgresReplicaRegistry>.Instance);

    [Fact]
    public async Task Beat_TwoProcessesWithOneReplicaId_BothReportTheConflict()
    {
        await using var database = PostgresStores.Database(await server.CreateDatabaseAsync("replicas"));
        var time = new ManualTimeProvider();
        var first = Registry(database, "r1", time);
        var twin = Registry(database, "r1", time);
        var other = Registry(database, "r2", time);

        await first.BeatAsync(default);
        await other.BeatAsync(default);
        await twin.BeatAsync(default);
        await first.BeatAsync(default);
        await twin.BeatAsync(default);

        Assert.True(first.Conflict);
        Assert.True(twin.Conflict);
        Assert.False(other.Conflict);
        Assert.Equal(["r1", "r2"], twin.Live);
    }

    [Fact]
    public async Task Beat_RestartWithTheSameReplicaId_IsNoConflict()
    {
        await using var database = PostgresStores.Database(await server.CreateDatabaseAsync("restart"));
        var time = new ManualTimeProvider();
        await Registry(database, "r1", time).BeatAsync(default);
        var restarted = Registry(database, "r1", time);

        await restarted.BeatAsync(default);
        time.Advance(PostgresReplicaRegistry.Interval);
        await restarted.BeatAsync(default);

        Assert.False(restarted.Conflict);
        Assert.Equal(["r1"], restarted.Live);
    }
}
