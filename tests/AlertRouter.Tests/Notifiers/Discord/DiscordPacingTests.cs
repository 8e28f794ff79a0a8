using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Discord;

/// <summary>Discord's per-webhook bucket on the manual clock, and its fractional 429 wait.</summary>
public class DiscordPacingTests
{
    [Fact]
    public async Task Pacing_Webhook_BurstOfFiveThenThirtyPerMinute()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: dc, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: dc, discord_configs: [{webhook_url: SINK/api/webhooks/1/paced}]}]
            """);
        var sink = new ClockedSink(app, _ => new ScriptedResponse(204));
        var start = app.Now;

        await app.PostGroupsAsync(40);
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        var times = sink.TimesFor("/api/webhooks/1/paced").Order().ToList();
        Assert.Equal(40, times.Count);
        Assert.Equal(5, times.Count(t => t == start));
        Assert.All(times, t => Assert.True(times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)) <= 30, $"more than 30 in the minute from +{(t - start).TotalSeconds}s"));
        Assert.Equal(30, times.Count(t => t < start.AddMinutes(1)));
    }

    [Fact]
    public async Task RetryAfter_Discord429_NextAttemptAtTheBodysFractionalRetryAfter()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: dc, group_wait: 0s, group_interval: 1h}
            receivers: [{name: dc, discord_configs: [{webhook_url: SINK/api/webhooks/1/limited}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? ScriptedResponse.Json(429, """{"message":"You are being rate limited.","retry_after":4.25,"global":false}""") with
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "5" },
            }
            : new ScriptedResponse(204));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([start, start.AddMilliseconds(4250)], sink.TimesFor("/api/webhooks/1/limited"));
    }
}
