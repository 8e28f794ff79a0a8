using System.Globalization;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

/// <summary>
/// Retry-After and per-destination pacing through the real worker path, on the manual clock: the times below are
/// the times the sink was called, as the service's clock saw them.
/// </summary>
public class PacingTests
{
    private static readonly ScriptedResponse PagerDutyAccepted =
        ScriptedResponse.Json(202, """{"status":"success","message":"Event processed","dedup_key":"x"}""");

    private static readonly ScriptedResponse SlackOk = ScriptedResponse.Json(200, """{"ok":true,"channel":"C0001","ts":"1700000000.000100"}""");

    private static async Task PostGroupsAsync(PipelineApp app, string team, int count)
    {
        var alerts = Enumerable.Range(0, count)
            .Select(i => WebhookAlertSpec.Of(("alertname", "Paced" + i.ToString("D3", CultureInfo.InvariantCulture)), ("team", team)))
            .ToArray();
        await app.PostAsync(alerts);
    }

    [Fact]
    public async Task RetryAfter_Webhook429_NextAttemptExactlyAtRetryAfter()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_wait: 0s, group_interval: 1h}
            receivers: [{name: hook, webhook_configs: [{url: SINK/hook}]}]
            """);
        var sink = new ClockedSink(app);
        app.Sink.Enqueue(new ScriptedResponse(429, "slow down") { Headers = new Dictionary<string, string> { ["Retry-After"] = "37" } });
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([start, start.AddSeconds(37)], sink.TimesFor("/hook"));
        var n = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal("delivered", n.GetProperty("state").GetString());
        Assert.Equal(2, n.GetProperty("attempts").GetInt32());
        Assert.Equal(["rateLimited", null], n.GetProperty("attemptLog").EnumerateArray().Select(a => a.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task RetryAfter_PagerDuty429_HoldsEveryNotificationToThatKeyButNotOtherKeys()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: pd-a
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1h
              routes: [{receiver: pd-b, matchers: ['team="b"']}]
            receivers:
              - {name: pd-a, pagerduty_configs: [{routing_key: key-a-0123456789abcdef, url: SINK/a}]}
              - {name: pd-b, pagerduty_configs: [{routing_key: key-b-0123456789abcdef, url: SINK/b}]}
            """);
        var limited = 0;
        var sink = new ClockedSink(app, r => r.Path == "/a" && Interlocked.Increment(ref limited) == 1
            ? new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["Retry-After"] = "20" } }
            : PagerDutyAccepted);
        var start = app.Now;

        await PostGroupsAsync(app, "a", 3);
        await PostGroupsAsync(app, "b", 2);
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        var a = sink.TimesFor("/a");
        Assert.Equal(4, a.Count); // the refused send, then the three notifications
        Assert.Equal(start, a[0]);
        Assert.All(a.Skip(1), t => Assert.True(t >= start.AddSeconds(20), $"sent at +{(t - start).TotalSeconds}s, inside the Retry-After"));
        Assert.Equal(start.AddSeconds(20), a[1]);
        Assert.All(sink.TimesFor("/b"), t => Assert.Equal(start, t));
        Assert.Equal(2, sink.TimesFor("/b").Count);
        Assert.All(await app.App.NotificationsAsync(), n => Assert.Equal("delivered", n.GetProperty("state").GetString()));
        var scrape = await app.App.ScrapeAsync();
        Assert.True(scrape.Value("alertrouter_rate_limit_waits_total", ("receiver", "pd-a"), ("integration", "pagerduty")) >= 3);
        Assert.Equal(0, scrape.Value("alertrouter_rate_limit_waits_total", ("receiver", "pd-b"), ("integration", "pagerduty")));
    }

    [Fact]
    public async Task Pacing_SlackBot_OneMessagePerSecondPerChannel()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: ops
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1h
              routes: [{receiver: db, matchers: ['team="db"']}]
            receivers:
              - {name: ops, slack_configs: [{app_token: xoxb-ops-0123456789, app_url: SINK/ops/chat.postMessage, channel: '#ops'}]}
              - {name: db, slack_configs: [{app_token: xoxb-db-0123456789, app_url: SINK/db/chat.postMessage, channel: '#db'}]}
            """);
        var sink = new ClockedSink(app, _ => SlackOk);
        var start = app.Now;

        await PostGroupsAsync(app, "ops", 4);
        await PostGroupsAsync(app, "db", 2);
        await app.RunForAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([start, start.AddSeconds(1), start.AddSeconds(2), start.AddSeconds(3)], sink.TimesFor("/ops/"));
        Assert.Equal([start, start.AddSeconds(1)], sink.TimesFor("/db/"));
        var scrape = await app.App.ScrapeAsync();
        Assert.Equal(3, scrape.Value("alertrouter_rate_limit_waits_total", ("receiver", "ops"), ("integration", "slack")));
        Assert.Equal(1, scrape.Value("alertrouter_rate_limit_waits_total", ("receiver", "db"), ("integration", "slack")));
    }

    [Fact]
    public async Task Pacing_PagerDuty_AtMost120EventsInAnyMinutePerRoutingKey()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: pd, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: pd, pagerduty_configs: [{routing_key: storm-key-0123456789abcdef, url: SINK/enqueue}]}]
            """);
        var sink = new ClockedSink(app, _ => PagerDutyAccepted);
        var start = app.Now;

        await PostGroupsAsync(app, "storm", 130);
        await app.RunForAsync(TimeSpan.FromSeconds(75));

        var times = sink.TimesFor("/enqueue").Order().ToList();
        Assert.Equal(130, times.Count);
        Assert.Equal(10, times.Count(t => t == start)); // a burst of 10, then paced
        for (var i = 0; i < times.Count; i++)
        {
            var window = times.Count(t => t >= times[i] && t < times[i] + TimeSpan.FromMinutes(1));
            Assert.True(window <= 120, $"{window} events in the minute from +{(times[i] - start).TotalSeconds}s");
        }

        Assert.Equal(120, times.Count(t => t < start.AddMinutes(1)));
        Assert.True(times[^1] < start.AddSeconds(66), $"the last event went at +{(times[^1] - start).TotalSeconds}s");
        var scrape = await app.App.ScrapeAsync();
        Assert.Equal(120, scrape.Value("alertrouter_rate_limit_waits_total", ("receiver", "pd"), ("integration", "pagerduty")));
    }
}
