using AlertRouter.Storage.Postgres;
using AlertRouter.Store;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

/// <summary>
/// The in-memory pacer's behaviour (the same cases as PacerTests), and what only the shared pacer does: several
/// pacers (several replicas) on one database share each destination's rate, slots and holds.
/// </summary>
[Collection(PostgresCollection.Name)]
public class PostgresPacerTests(PostgresServer server)
{
    private static readonly PacingRule OnePerSecond = new("slack:#ops", TimeSpan.FromSeconds(1), 1);

    private async Task<(PostgresPacer[] Pacers, ManualTimeProvider Time, PostgresDatabase Database)> StartAsync(int replicas)
    {
        var database = PostgresStores.Database(await server.CreateDatabaseAsync("pace"));
        var time = new ManualTimeProvider();
        return ([.. Enumerable.Range(0, replicas).Select(_ => new PostgresPacer(database, time))], time, database);
    }

    [Fact]
    public async Task Reserve_BacklogOverTwoReplicas_GetsConsecutiveSlotsAndKeepsThem()
    {
        var (pacers, time, database) = await StartAsync(2);
        await using var _ = database;
        var (r1, r2) = (pacers[0], pacers[1]);

        var waits = new[] { await r1.ReserveAsync(OnePerSecond, "a", 1, default), await r2.ReserveAsync(OnePerSecond, "b", 1, default),
            await r1.ReserveAsync(OnePerSecond, "c", 1, default) };
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), await r2.ReserveAsync(OnePerSecond, "c", 1, default)); // its slot, on the other replica
        Assert.Equal(TimeSpan.Zero, await r2.ReserveAsync(OnePerSecond, "b", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(2), await r1.ReserveAsync(OnePerSecond, "d", 1, default));
    }

    [Fact]
    public async Task Hold_SeenByOneReplica_VoidsSlotsInsideIt_AndAllowsNoBurstAfterIt()
    {
        var (pacers, time, database) = await StartAsync(2);
        await using var _ = database;
        var rule = new PacingRule("pagerduty:k", TimeSpan.FromMilliseconds(500), 10);
        Assert.Equal(TimeSpan.Zero, await pacers[0].ReserveAsync(rule, "first", 1, default));

        await pacers[0].HoldAsync(rule, time.GetUtcNow().AddSeconds(20), default);

        Assert.Equal(TimeSpan.FromSeconds(20), await pacers[1].ReserveAsync(rule, "second", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(20.5), await pacers[1].ReserveAsync(rule, "third", 1, default));
    }

    [Fact]
    public async Task Reserve_CostOfSeveralEvents_TakesThatManySlots()
    {
        var (pacers, _, database) = await StartAsync(1);
        await using var __ = database;
        var rule = new PacingRule("pagerduty:k", TimeSpan.FromSeconds(1), 4);

        Assert.Equal(TimeSpan.Zero, await pacers[0].ReserveAsync(rule, "alert-mode", 3, default));
        Assert.Equal(TimeSpan.Zero, await pacers[0].ReserveAsync(rule, "one", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(2), await pacers[0].ReserveAsync(rule, "two-events", 2, default));
    }

    [Fact]
    public async Task Reserve_BurstSharedByThreeReplicasAtOnce_GrantsExactlyTheBurstNow()
    {
        var (pacers, _, database) = await StartAsync(3);
        await using var _ = database;
        var rule = new PacingRule("pagerduty:key", TimeSpan.FromMilliseconds(500), 10);

        var waits = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () => await pacers[i % 3].ReserveAsync(rule, $"n{i}", 1, default))));

        Assert.Equal(10, waits.Count(w => w == TimeSpan.Zero));
        Assert.Equal(20, waits.Where(w => w > TimeSpan.Zero).Distinct().Count());
    }

    [Fact]
    public async Task Reserve_UnpacedWebhook_WaitsOnlyForAHold()
    {
        var (pacers, time, database) = await StartAsync(2);
        await using var _ = database;
        var webhook = new PacingRule("webhook:abc", TimeSpan.Zero, 1);

        var before = await pacers[0].ReserveAsync(webhook, "a", 1, default);
        await pacers[1].HoldAsync(webhook, time.GetUtcNow().AddSeconds(5), default);
        var during = await pacers[0].ReserveAsync(webhook, "b", 1, default);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.Zero, before);
        Assert.Equal(TimeSpan.FromSeconds(5), during);
        Assert.Equal(TimeSpan.Zero, await pacers[0].ReserveAsync(webhook, "b", 1, default));
    }
}
