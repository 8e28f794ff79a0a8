using AlertRouter.Delivery;
using AlertRouter.Store.Postgres;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Store;

/// <summary>Pacing that holds for all replicas together: two pacers (two replicas) on one database share each destination's rate.</summary>
[Collection(PostgresCollection.Name)]
public class PostgresPacerTests(PostgresServer server)
{
    [Fact]
    public async Task Reserve_TwoReplicasOneSlackChannel_SecondWaitsOneInterval()
    {
        await using var database = PostgresStores.Database(await server.CreateDatabaseAsync("pace"));
        var time = new ManualTimeProvider();
        var r1 = new PostgresPacer(database, time);
        var r2 = new PostgresPacer(database, time);
        var rule = new PacingRule("slack:#ops", TimeSpan.FromSeconds(1), 1);

        var first = await r1.ReserveAsync(rule, default);
        var second = await r2.ReserveAsync(rule, default);
        time.Advance(TimeSpan.FromSeconds(1));
        var later = await r2.ReserveAsync(rule, default);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromSeconds(1), second);
        Assert.Equal(TimeSpan.Zero, later);
    }

    [Fact]
    public async Task Reserve_BurstSharedByThreeReplicas_AllowsExactlyTheBurstAtOnce()
    {
        await using var database = PostgresStores.Database(await server.CreateDatabaseAsync("burst"));
        var time = new ManualTimeProvider();
        var pacers = Enumerable.Range(0, 3).Select(_ => new PostgresPacer(database, time)).ToList();
        var rule = new PacingRule("pagerduty:key", TimeSpan.FromMilliseconds(500), 10);

        var waits = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () => await pacers[i % 3].ReserveAsync(rule, default))));

        Assert.Equal(10, waits.Count(w => w == TimeSpan.Zero));
    }

    [Fact]
    public async Task Hold_RetryAfterSeenByOneReplica_HoldsTheOthers()
    {
        await using var database = PostgresStores.Database(await server.CreateDatabaseAsync("hold"));
        var time = new ManualTimeProvider();
        var rule = new PacingRule("slack:#ops", TimeSpan.FromSeconds(1), 1);

        await new PostgresPacer(database, time).HoldAsync(rule.Key, time.GetUtcNow().AddSeconds(30), default);
        var wait = await new PostgresPacer(database, time).ReserveAsync(rule, default);

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
    }
}
