using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;

namespace AlertRouter.Tests.Notifiers.MSTeams;

/// <summary>Teams connectors through the real worker path on the manual clock: their limits and their throttling answer.</summary>
public class MSTeamsPacingTests
{
    [Fact]
    public async Task Pacing_Connector_BurstOf4ThenOnePer49Seconds()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: teams, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: teams, msteams_configs: [{webhook_url: SINK/webhookb2/x}]}]
            """);
        var sink = new ClockedSink(app, _ => new ScriptedResponse(200, "1"));
        var start = app.Now;

        await app.PostAsync([.. Enumerable.Range(0, 6).Select(i => WebhookAlertSpec.Of(("alertname", $"Teams{i}")))]);
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        var times = sink.TimesFor("/webhookb2/").Order().ToList();
        Assert.Equal(6, times.Count);
        Assert.Equal(4, times.Count(t => t == start));
        Assert.InRange((times[4] - start).TotalSeconds, 48.9, 50);
        Assert.InRange((times[5] - times[4]).TotalSeconds, 48.9, 50);
    }

    [Fact]
    public async Task Throttled_200With429Body_RetriedAndDelivered()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: teams, group_wait: 0s, group_interval: 1h}
            receivers: [{name: teams, msteams_configs: [{webhook_url: SINK/webhookb2/x}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? new ScriptedResponse(200, "Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0") { Headers = new Dictionary<string, string> { ["Retry-After"] = "20" } }
            : new ScriptedResponse(200, "1"));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Throttled"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([start, start.AddSeconds(20)], sink.TimesFor("/webhookb2/"));
        var n = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal("delivered", n.GetProperty("state").GetString());
    }
}
