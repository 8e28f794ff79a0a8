using System.Diagnostics;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

/// <summary>The real background worker on the real clock: one receiver's hung endpoint must not hold up another's.</summary>
public class BulkheadTests
{
    [Fact]
    public async Task Bulkhead_OneReceiverHangs_AnotherReceiverIsDeliveredWhileItHangs()
    {
        using var hanging = new HangingServer();
        await using var fast = await CaptureServer.StartAsync();
        var app = await TestApp.StartAsync($$"""
            route:
              receiver: slow
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1h
              routes: [{receiver: fast, matchers: ['team="fast"']}]
            receivers:
              - {name: slow, webhook_configs: [{url: '{{hanging.Url}}/hook'}]}
              - {name: fast, webhook_configs: [{url: '{{fast.Url}}/hook'}]}
            """, new Dictionary<string, string>
        {
            // Fewer worker slots than slow notifications: without the per-lane bulkhead the hung lane would take them all.
            ["Delivery:MaxInFlight"] = "6",
            ["Delivery:LaneConcurrency"] = "4",
            ["Delivery:AttemptTimeout"] = "00:00:30",
            ["Delivery:FastRetries"] = "0",
        });
        try
        {
            await RunAsync(app, hanging, fast);
        }
        finally
        {
            hanging.Dispose(); // resets the hung connections, so shutdown does not wait out the 30 s
            await app.DisposeAsync();
        }
    }

    private static async Task RunAsync(TestApp app, HangingServer hanging, CaptureServer fast)
    {
        var alerts = Enumerable.Range(0, 10).Select(i => new { labels = new Dictionary<string, string> { ["alertname"] = $"Slow{i}" }, startsAt = DateTimeOffset.UtcNow.ToString("O") });
        await app.PostJsonAsync("/api/v1/alerts", new { version = "4", status = "firing", receiver = "am", groupKey = "{}:{}", alerts });

        var clock = Stopwatch.StartNew();
        while (hanging.Requests < 4 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.Equal(4, hanging.Requests);
        var sent = Stopwatch.StartNew();
        await app.PostJsonAsync("/api/v1/alerts", new
        {
            version = "4", status = "firing", receiver = "am", groupKey = "{}:{}",
            alerts = new[] { new { labels = new Dictionary<string, string> { ["alertname"] = "Fast", ["team"] = "fast" }, startsAt = DateTimeOffset.UtcNow.ToString("O") } },
        });
        await fast.WaitForAsync(1, TimeSpan.FromSeconds(10));
        var took = sent.Elapsed;

        // Delivered while the slow lane is still hung at its bulkhead limit, far inside the 30 s hang.
        Assert.Equal(4, hanging.Requests);
        Assert.Equal(4, hanging.MaxOpen);
        Assert.True(took < TimeSpan.FromSeconds(10), $"fast receiver waited {took.TotalSeconds:0.0}s");
        // The hung lane holds 4 sends and at most 4 claimed notifications waiting behind them; the rest stay queued.
        var slow = await app.NotificationsAsync("?receiver=slow");
        var sending = slow.Count(n => n.GetProperty("state").GetString() == "sending");
        Assert.InRange(sending, 4, 8);
        Assert.Equal(10 - sending, slow.Count(n => n.GetProperty("state").GetString() == "pending"));
    }
}
