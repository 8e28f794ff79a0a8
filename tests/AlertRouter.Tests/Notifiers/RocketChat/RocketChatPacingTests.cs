using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.RocketChat;

/// <summary>Rocket.Chat's default rate limiter (10 calls per endpoint per minute per user) on the manual clock.</summary>
public class RocketChatPacingTests
{
    [Fact]
    public async Task Pacing_User_TenPerMinuteOneEverySixSeconds()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: rc, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: rc, rocketchat_configs: [{api_url: SINK/, token: t0k3n, token_id: u1, channel: '#alerts'}]}]
            """);
        var sink = new ClockedSink(app, _ => ScriptedResponse.Json(200, """{"success":true}"""));
        var start = app.Now;

        await app.PostGroupsAsync(3);
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([start, start.AddSeconds(6), start.AddSeconds(12)], sink.TimesFor("/api/v1/chat.postMessage"));
    }

    [Fact]
    public async Task RetryAfter_TooManyRequests_WaitsTheSecondsTheServerNames()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: rc, group_wait: 0s, group_interval: 1h}
            receivers: [{name: rc, rocketchat_configs: [{api_url: SINK/, token: t0k3n, token_id: u1}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? ScriptedResponse.Json(429, """{"success":false,"error":"You must wait 19 seconds before trying this endpoint again. [error-too-many-requests]"}""")
            : ScriptedResponse.Json(200, """{"success":true}"""));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([start, start.AddSeconds(19)], sink.TimesFor("/api/v1/chat.postMessage"));
    }
}
