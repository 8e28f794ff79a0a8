using AlertRouter.Delivery;
using AlertRouter.Store;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

public class PacerTests
{
    private static readonly PacingRule OnePerSecond = new("slack:#ops", TimeSpan.FromSeconds(1), 1);

    [Fact]
    public async Task ReserveAsync_Backlog_GetsConsecutiveSlotsAndKeepsThem()
    {
        var time = new ManualTimeProvider();
        var pacer = new Pacer(time);

        var waits = new List<TimeSpan>();
        foreach (var id in new[] { "a", "b", "c" })
        {
            waits.Add(await pacer.ReserveAsync(OnePerSecond, id, 1, default));
        }

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), await pacer.ReserveAsync(OnePerSecond, "c", 1, default)); // still its own slot
        Assert.Equal(TimeSpan.Zero, await pacer.ReserveAsync(OnePerSecond, "b", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(2), await pacer.ReserveAsync(OnePerSecond, "d", 1, default));
    }

    [Fact]
    public async Task HoldAsync_VoidsReservationsInsideTheHold_AndAllowsNoBurstAfterIt()
    {
        var time = new ManualTimeProvider();
        var pacer = new Pacer(time);
        var rule = new PacingRule("pagerduty:k", TimeSpan.FromMilliseconds(500), 10);
        Assert.Equal(TimeSpan.Zero, await pacer.ReserveAsync(rule, "first", 1, default));

        await pacer.HoldAsync(rule, time.GetUtcNow().AddSeconds(20), default);

        Assert.Equal(TimeSpan.FromSeconds(20), await pacer.ReserveAsync(rule, "second", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(20.5), await pacer.ReserveAsync(rule, "third", 1, default));
    }

    [Fact]
    public async Task ReserveAsync_CostOfSeveralEvents_TakesThatManySlots()
    {
        var time = new ManualTimeProvider();
        var pacer = new Pacer(time);
        var rule = new PacingRule("pagerduty:k", TimeSpan.FromSeconds(1), 4);

        Assert.Equal(TimeSpan.Zero, await pacer.ReserveAsync(rule, "alert-mode", 3, default));
        Assert.Equal(TimeSpan.Zero, await pacer.ReserveAsync(rule, "one", 1, default));
        Assert.Equal(TimeSpan.FromSeconds(2), await pacer.ReserveAsync(rule, "two-events", 2, default));
    }
}
