using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webex;

/// <summary>Webex publishes no rate: a room is not paced, but its 429's <c>Retry-After</c> holds everything to it.</summary>
public class WebexPacingTests
{
    [Fact]
    public async Task RetryAfter_Webex429_HoldsEveryNotificationToThatRoom()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: wx, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: wx, webex_configs: [{api_url: SINK/v1/messages, room_id: room-1, http_config: {authorization: {credentials: wx-t0k3n}}}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["Retry-After"] = "31" } }
            : ScriptedResponse.Json(200, """{"id":"m"}"""));
        var start = app.Now;

        await app.PostGroupsAsync(3);
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        var times = sink.TimesFor("/v1/messages");
        Assert.Equal(4, times.Count);
        Assert.Equal(start, times[0]);
        Assert.All(times.Skip(1), t => Assert.Equal(start.AddSeconds(31), t));
    }
}
