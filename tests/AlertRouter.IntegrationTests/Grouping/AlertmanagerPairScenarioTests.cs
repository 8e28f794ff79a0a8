using AlertRouter.IntegrationTests.Storage.Postgres;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Grouping;

/// <summary>
/// Alertmanager's acceptance scenarios (test/with_api_v2/acceptance: cluster deduplication, retry, grouping windows,
/// inhibition, resolve) ported to AlertRouter behind a real Alertmanager 0.25 HA pair: a timed script pushes alerts,
/// and the capture servers must see each notification once, inside its window. Each step is timed from the event it
/// follows; windows allow <see cref="Tolerance"/> late (two peers, one or two replicas and the test on a loaded 2-core
/// machine) and half a second early. AlertRouter's timers: group_wait 2 s, group_interval 4 s, repeat_interval 6 s
/// (1 h for the flaky receiver and the inhibiting alert).
/// </summary>
[Collection(PostgresCollection.Name)]
public class AlertmanagerPairScenarioTests(PostgresServer server, ITestOutputHelper output)
{
    private const double Tolerance = 6;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Scenarios_AlertmanagerHaPairPostingTwice_EachNotificationOnceInItsWindow(string store)
    {
        await using var stack = await AlertmanagerPairStack.StartAsync(store == "postgres" ? server : null);
        stack.Flaky.Enqueue(new ScriptedResponse(500, "down"), new ScriptedResponse(500, "down"));
        stack.Start();

        var flakyPushed = stack.PushAsync(false, ("alertname", "Flaky"));
        await Task.WhenAll(DedupRepeatResolveAsync(stack), InhibitionAsync(stack), flakyPushed);
        var flaky = await stack.WaitForAsync(stack.Flaky, "Flaky", 3);
        await Task.Delay(TimeSpan.FromSeconds(2)); // late duplicates, if any
        output.WriteLine($"{store}: Dedup {string.Join(", ", stack.Notifications(stack.Pager, "Dedup"))}; Disk {string.Join(", ", stack.Notifications(stack.Pager, "Disk"))}; " +
            $"Down {string.Join(", ", stack.Notifications(stack.Pager, "Down"))}; Flaky {string.Join(", ", stack.Notifications(stack.Flaky, "Flaky"))}");

        // Retry: two 500s a second apart (the backoff), then the receiver recovers; delivered once, nothing more.
        Assert.Equal(3, stack.Notifications(stack.Flaky, "Flaky").Count);
        AssertIn(flaky[0], "firing", await flakyPushed + 2, await flakyPushed + 2);
        AssertIn(flaky[2], "firing", flaky[0].At + 2, flaky[0].At + 2);

        // Cluster dedup (each notification reaches AlertRouter from both peers), repeat, resolve: nothing twice.
        Assert.Equal(3, stack.Notifications(stack.Pager, "Dedup").Count);

        // Inhibition: nothing for Disk while Down fires, both Disk alerts once Down resolves.
        Assert.Equal(2, stack.Notifications(stack.Pager, "Disk").Count);
        Assert.Equal(2, stack.Notifications(stack.Pager, "Down").Count);
    }

    private static async Task DedupRepeatResolveAsync(AlertmanagerPairStack stack)
    {
        var pushed = await stack.PushAsync(false, ("alertname", "Dedup"));
        var first = (await stack.WaitForAsync(stack.Pager, "Dedup", 1))[0];
        AssertIn(first, "firing", pushed + 2, pushed + 2);

        // repeat_interval 6 s: at the first group_interval tick (every 4 s) at least 6 s after the first.
        var repeat = (await stack.WaitForAsync(stack.Pager, "Dedup", 2))[1];
        AssertIn(repeat, "firing", first.At + 6, first.At + 8);

        var resolvedAt = await stack.PushAsync(true, ("alertname", "Dedup"));
        var resolved = (await stack.WaitForAsync(stack.Pager, "Dedup", 3))[2];
        AssertIn(resolved, "resolved", resolvedAt, repeat.At + 8);
    }

    private static async Task InhibitionAsync(AlertmanagerPairStack stack)
    {
        var pushed = await stack.PushAsync(false, ("alertname", "Disk"), ("severity", "warning"), ("cluster", "c1"), ("instance", "1"));
        var disk = (await stack.WaitForAsync(stack.Pager, "Disk", 1))[0];
        AssertIn(disk, "firing", pushed + 2, pushed + 2);
        Assert.Equal(1, disk.Alerts);

        var inhibiting = await stack.PushAsync(false, ("alertname", "Down"), ("severity", "critical"), ("cluster", "c1"));
        var down = (await stack.WaitForAsync(stack.Pager, "Down", 1))[0];
        AssertIn(down, "firing", inhibiting + 2, inhibiting + 2);

        // A second Disk alert while Down fires: two of Disk's group intervals pass without a notification.
        await stack.PushAsync(false, ("alertname", "Disk"), ("severity", "warning"), ("cluster", "c1"), ("instance", "2"));
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.Single(stack.Notifications(stack.Pager, "Disk"));

        var released = await stack.PushAsync(true, ("alertname", "Down"), ("severity", "critical"), ("cluster", "c1"));
        var downResolved = (await stack.WaitForAsync(stack.Pager, "Down", 2))[1];
        var both = (await stack.WaitForAsync(stack.Pager, "Disk", 2))[1];
        AssertIn(downResolved, "resolved", released, released + 4);
        AssertIn(both, "firing", released, released + 4);
        Assert.Equal(2, both.Alerts);
    }

    /// <summary>Status as expected, no earlier than <paramref name="from"/> - 0.5 s and no later than <paramref name="to"/> + <see cref="Tolerance"/>.</summary>
    private static void AssertIn(AlertmanagerPairStack.Received? notification, string status, double from, double to)
    {
        Assert.NotNull(notification);
        Assert.Equal(status, notification.Status);
        Assert.InRange(notification.At, from - 0.5, to + Tolerance);
    }
}
