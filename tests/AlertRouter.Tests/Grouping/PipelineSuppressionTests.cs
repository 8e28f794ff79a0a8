using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Grouping;

/// <summary>group_by variants, inhibition at flush, time-interval muting and redelivered webhooks, by what a sink receives.</summary>
public class PipelineSuppressionTests
{
    private static List<JsonElement> Bodies(PipelineApp app, string? path = null) =>
        [.. app.Sink.Requests.Where(r => path is null || r.Path == path).Select(r => JsonDocument.Parse(r.Body).RootElement)];

    private static IEnumerable<string> AlertNames(JsonElement body) =>
        body.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("labels").GetProperty("alertname").GetString()!);

    [Theory]
    [InlineData("", 1, "{}/{x=\"1\"}:{}")]
    [InlineData("group_by: []", 1, "{}/{x=\"1\"}:{}")]
    [InlineData("group_by: [alertname]", 2, "{}/{x=\"1\"}:{alertname=\"A\"}")]
    [InlineData("group_by: ['...']", 3, "{}/{x=\"1\"}:{alertname=\"A\", i=\"1\", x=\"1\"}")]
    public async Task GroupBy_AbsentEmptyNamedOrAll_GroupsAsAlertmanagerDoes(string groupBy, int expectedGroups, string firstKey)
    {
        await using var app = await PipelineApp.StartAsync($$"""
            route:
              receiver: hook
              group_wait: 1s
              routes:
                - matchers: ['x="1"']
                  {{groupBy}}
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            """);

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "A"), ("x", "1"), ("i", "1")),
            WebhookAlertSpec.Of(("alertname", "A"), ("x", "1"), ("i", "2")),
            WebhookAlertSpec.Of(("alertname", "B"), ("x", "1"), ("i", "1")));
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        var keys = Bodies(app).Select(b => b.GetProperty("groupKey").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedGroups, keys.Count);
        Assert.Equal(firstKey, keys[0]);
    }

    [Fact]
    public async Task Inhibition_CriticalMutesWarningOfTheSameService_UntilItResolves()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 1s, group_interval: 5s}
            receivers: [{name: hook, webhook_configs: [{url: SINK, send_resolved: true}]}]
            inhibit_rules:
              - source_matchers: [severity="critical"]
                target_matchers: [severity="warning"]
                equal: [service]
            """);
        var start = app.Now;
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Down"), ("severity", "critical"), ("service", "api")) with { StartsAt = start },
            WebhookAlertSpec.Of(("alertname", "Slow"), ("severity", "warning"), ("service", "api")) with { StartsAt = start },
            WebhookAlertSpec.Of(("alertname", "Slow"), ("severity", "warning"), ("service", "db")) with { StartsAt = start });
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        var first = Bodies(app);
        Assert.Equal(2, first.Count);
        Assert.Equal(["Down"], AlertNames(first.Single(b => b.GetProperty("groupKey").GetString()!.Contains("Down"))));
        var slow = first.Single(b => b.GetProperty("groupKey").GetString()!.Contains("Slow"));
        Assert.Equal(["db"], slow.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("labels").GetProperty("service").GetString()));
        using (var alerts = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/alerts?filter=service%3D%22api%22&filter=severity%3D%22warning%22")))
        {
            Assert.NotEmpty(Assert.Single(alerts.RootElement.EnumerateArray()).GetProperty("inhibitedBy").EnumerateArray());
        }

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Down"), ("severity", "critical"), ("service", "api")) with { StartsAt = start, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        var later = Bodies(app).Skip(2).ToList();
        Assert.Contains(later, b => b.GetProperty("status").GetString() == "resolved" && AlertNames(b).SequenceEqual(["Down"]));
        Assert.Contains(later, b => b.GetProperty("alerts").GetArrayLength() == 2 && AlertNames(b).All(n => n == "Slow"));
        var scrape = await MetricsScrape.FetchAsync(app.App.Ops);
        Assert.True(scrape.Value("alertrouter_notifications_suppressed_total", ("reason", "inhibition")) >= 1);
    }

    [Fact]
    public async Task MuteWindow_DropsEverything_AndAlertsResolvedInsideItAreNeverSent()
    {
        // Alertmanager: a muted flush is a successful flush, so resolved alerts leave the group unseen and no nflog
        // entry is written; after the window the remaining firing alerts get a first notification.
        var now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
        await using var app = await PipelineApp.StartAsync($$"""
            route:
              receiver: hook
              group_by: [alertname]
              group_wait: 1s
              group_interval: 10s
              routes:
                - matchers: [team="db"]
                  mute_time_intervals: [maintenance]
            receivers: [{name: hook, webhook_configs: [{url: SINK, send_resolved: true}]}]
            time_intervals:
              - name: maintenance
                time_intervals: [{times: [{start_time: '{{now:HH:mm}}', end_time: '{{now.AddMinutes(1):HH:mm}}'}]}]
            """);
        Assert.Equal(now, app.Now);
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Short"), ("team", "db")) with { StartsAt = now },
            WebhookAlertSpec.Of(("alertname", "Long"), ("team", "db")) with { StartsAt = now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Short"), ("team", "db")) with { StartsAt = now, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(40));
        Assert.Empty(app.Sink.Requests);
        using (var alerts = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/alerts?status=firing")))
        {
            Assert.Equal(["maintenance"], Assert.Single(alerts.RootElement.EnumerateArray()).GetProperty("mutedBy").EnumerateArray().Select(m => m.GetString()));
        }

        await app.AdvanceAsync(TimeSpan.FromSeconds(40));

        var body = Assert.Single(Bodies(app));
        Assert.Equal(["Long"], AlertNames(body));
        var scrape = await MetricsScrape.FetchAsync(app.App.Ops);
        Assert.True(scrape.Value("alertrouter_notifications_suppressed_total", ("reason", "mute_time_interval")) >= 2);
    }

    [Fact]
    public async Task ActiveWindow_OutsideIt_NothingIsSent()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: hook
              group_wait: 1s
              routes:
                - matchers: [team="db"]
                  active_time_intervals: [never-now]
                - matchers: [team="web"]
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            time_intervals:
              - name: never-now
                time_intervals: [{times: [{start_time: '20:00', end_time: '21:00'}]}]
            """);

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Db"), ("team", "db")), WebhookAlertSpec.Of(("alertname", "Web"), ("team", "web")));
        await app.AdvanceAsync(TimeSpan.FromSeconds(3));

        Assert.Equal(["Web"], AlertNames(Assert.Single(Bodies(app))));
        var scrape = await MetricsScrape.FetchAsync(app.App.Ops);
        Assert.Equal(1, scrape.Value("alertrouter_notifications_suppressed_total", ("reason", "active_time_interval")));
    }

    [Fact]
    public async Task DuplicateWebhooks_FromRetriesAndHaPeers_GiveOneNotification()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 1s, group_interval: 1m}
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            """);
        var alert = WebhookAlertSpec.Of(("alertname", "Dup")) with { StartsAt = app.Now };

        for (var i = 0; i < 3; i++)
        {
            await app.PostAsync(alert);
            await app.AdvanceAsync(TimeSpan.FromSeconds(0.5));
        }

        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Single(app.Sink.Requests);
    }
}
