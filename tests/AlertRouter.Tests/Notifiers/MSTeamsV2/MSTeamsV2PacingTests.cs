using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;

namespace AlertRouter.Tests.Notifiers.MSTeamsV2;

/// <summary>Teams Workflows through the real worker path on the manual clock.</summary>
public class MSTeamsV2PacingTests
{
    [Fact]
    public async Task Pacing_Workflow_AtMost100PerMinuteInBurstsOf4()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: teams, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: teams, msteamsv2_configs: [{webhook_url: 'SINK/workflows/x?sig=s'}]}]
            """);
        var sink = new ClockedSink(app, _ => new ScriptedResponse(202));
        var start = app.Now;

        await app.PostAsync([.. Enumerable.Range(0, 110).Select(i => WebhookAlertSpec.Of(("alertname", $"Flow{i:D3}")))]);
        await app.RunForAsync(TimeSpan.FromSeconds(80));

        var times = sink.TimesFor("/workflows/").Order().ToList();
        Assert.Equal(110, times.Count);
        Assert.Equal(4, times.Count(t => t == start));
        foreach (var t in times)
        {
            Assert.True(times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)) <= 100, $"over 100 in the minute from +{(t - start).TotalSeconds}s");
        }
    }

    [Fact]
    public async Task RetryAfter_Workflow429_NextAttemptExactlyAtRetryAfter()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: teams, group_wait: 0s, group_interval: 1h}
            receivers: [{name: teams, msteamsv2_configs: [{webhook_url: SINK/workflows/x}]}]
            """);
        var sink = new ClockedSink(app);
        app.Sink.Enqueue(new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["Retry-After"] = "37" } });
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([start, start.AddSeconds(37)], sink.TimesFor("/workflows/"));
    }
}
