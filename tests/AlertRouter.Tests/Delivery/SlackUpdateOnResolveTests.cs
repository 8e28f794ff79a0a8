using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

public class SlackUpdateOnResolveTests
{
    [Fact]
    public async Task SlackBot_FiringThenResolved_SecondCallIsChatUpdateOfTheSameMessage()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: slack, group_by: [alertname], group_wait: 0s, group_interval: 5s}
            receivers:
              - name: slack
                slack_configs: [{app_token: xoxb-update-0123456789, app_url: SINK/api/chat.postMessage, channel: '#ops', send_resolved: true}]
            """);
        var sink = new ClockedSink(app, r => r.Path switch
        {
            "/api/chat.postMessage" => ScriptedResponse.Json(200, """{"ok":true,"channel":"C024BE91L","ts":"1700000000.000100"}"""),
            "/api/chat.update" => ScriptedResponse.Json(200, """{"ok":true,"channel":"C024BE91L","ts":"1700000000.000100"}"""),
            _ => new ScriptedResponse(404, "unknown method"),
        });
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Checkout"), ("severity", "critical"));
        await app.TickAsync();
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Checkout"), ("severity", "critical")) with { StartsAt = start, EndsAt = app.Now });
        await app.RunForAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["/api/chat.postMessage", "/api/chat.update"], sink.Log.Select(l => l.Request.Path));
        var post = JsonDocument.Parse(sink.Log[0].Request.Body).RootElement;
        var update = JsonDocument.Parse(sink.Log[1].Request.Body).RootElement;
        Assert.Equal("#ops", post.GetProperty("channel").GetString());
        Assert.False(post.TryGetProperty("ts", out _));
        Assert.Equal("C024BE91L", update.GetProperty("channel").GetString());
        Assert.Equal("1700000000.000100", update.GetProperty("ts").GetString());
        Assert.Equal("danger", post.GetProperty("attachments")[0].GetProperty("color").GetString());
        Assert.Equal("good", update.GetProperty("attachments")[0].GetProperty("color").GetString());
        Assert.StartsWith("[RESOLVED]", update.GetProperty("attachments")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-update-0123456789", sink.Log[1].Request.Headers["Authorization"]);
        Assert.All(await app.App.NotificationsAsync(), n => Assert.Equal("delivered", n.GetProperty("state").GetString()));
    }
}
