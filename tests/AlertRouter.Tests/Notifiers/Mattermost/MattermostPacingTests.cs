using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;

namespace AlertRouter.Tests.Notifiers.Mattermost;

/// <summary>Mattermost through the real worker path on the manual clock.</summary>
public class MattermostPacingTests
{
    [Fact]
    public async Task Pacing_Webhook_AtMost10PerSecond()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: mm, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: mm, mattermost_configs: [{webhook_url: SINK/hooks/x}]}]
            """);
        var sink = new ClockedSink(app, _ => new ScriptedResponse(200, "ok"));
        var start = app.Now;

        await app.PostAsync([.. Enumerable.Range(0, 25).Select(i => WebhookAlertSpec.Of(("alertname", $"Mm{i:D2}")))]);
        await app.RunForAsync(TimeSpan.FromSeconds(10));

        var times = sink.TimesFor("/hooks/").Order().ToList();
        Assert.Equal(25, times.Count);
        Assert.Equal(5, times.Count(t => t == start));
        foreach (var t in times)
        {
            Assert.True(times.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)) <= 10, $"over 10 in the second from +{(t - start).TotalSeconds}s");
        }
    }

    [Fact]
    public async Task RetryAfter_429WithRatelimitReset_NextAttemptThen()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: mm, group_wait: 0s, group_interval: 1h}
            receivers: [{name: mm, mattermost_configs: [{webhook_url: SINK/hooks/x}]}]
            """);
        var sink = new ClockedSink(app);
        app.Sink.Enqueue(new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["X-Ratelimit-Reset"] = "15" } });
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([start, start.AddSeconds(15)], sink.TimesFor("/hooks/"));
    }
}
