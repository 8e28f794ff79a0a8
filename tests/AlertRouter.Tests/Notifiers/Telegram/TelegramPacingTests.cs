using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Telegram;

/// <summary>Telegram's limits (https://core.telegram.org/bots/faq) on the manual clock, and its flood-control wait.</summary>
public class TelegramPacingTests
{
    private static readonly ScriptedResponse Sent = ScriptedResponse.Json(200, """{"ok":true,"result":{"message_id":1}}""");

    [Fact]
    public async Task Pacing_GroupChat_TwentyPerMinuteOneEveryThreeSeconds()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: tg, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: tg, telegram_configs: [{api_url: SINK, bot_token: '1:group', chat_id: -1001234567890}]}]
            """);
        var sink = new ClockedSink(app, _ => Sent);
        var start = app.Now;

        await app.PostGroupsAsync(4);
        await app.RunForAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([start, start.AddSeconds(3), start.AddSeconds(6), start.AddSeconds(9)], sink.TimesFor("/bot1:group/"));
    }

    [Fact]
    public async Task Pacing_PrivateChat_OnePerSecond()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: tg, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: tg, telegram_configs: [{api_url: SINK, bot_token: '1:private', chat_id: 42}]}]
            """);
        var sink = new ClockedSink(app, _ => Sent);
        var start = app.Now;

        await app.PostGroupsAsync(3);
        await app.RunForAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([start, start.AddSeconds(1), start.AddSeconds(2)], sink.TimesFor("/bot1:private/"));
    }

    [Fact]
    public async Task RetryAfter_FloodControl_NextAttemptExactlyAtParametersRetryAfter()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: tg, group_wait: 0s, group_interval: 1h}
            receivers: [{name: tg, telegram_configs: [{api_url: SINK, bot_token: '1:flood', chat_id: 42}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? ScriptedResponse.Json(429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 23","parameters":{"retry_after":23}}""")
            : Sent);
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Flood"));
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal([start, start.AddSeconds(23)], sink.TimesFor("/bot1:flood/"));
        Assert.Equal("delivered", Assert.Single(await app.App.NotificationsAsync()).GetProperty("state").GetString());
    }
}
