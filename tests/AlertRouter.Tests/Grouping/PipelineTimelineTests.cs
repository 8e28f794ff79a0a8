using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Grouping;

/// <summary>
/// Alertmanager's acceptance timelines (test/with_api_v2/acceptance/send_test.go) on a manual clock: the same
/// notifications at the same times, by what a real webhook sink receives.
/// </summary>
public class PipelineTimelineTests
{
    private static IReadOnlyList<JsonElement> Bodies(PipelineApp app) =>
        [.. app.Sink.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)];

    private static string Statuses(JsonElement body) =>
        string.Join(",", body.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("status").GetString()));

    [Fact]
    public async Task Repeat_EveryGroupIntervalWhileFiring_ThenOneResolved()
    {
        // TestRepeat: group_wait 1s, group_interval 1s, repeat_interval 1ms.
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_wait: 1s, group_interval: 1s, repeat_interval: 1ms}
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            """);
        var start = app.Now;
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Repeat")) with { StartsAt = start });

        await app.AdvanceAsync(TimeSpan.FromSeconds(2.5));
        var beforeResolve = app.Sink.Requests.Count;
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Repeat")) with { StartsAt = start, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(2, beforeResolve);
        var bodies = Bodies(app);
        Assert.Equal(["firing", "firing", "resolved"], bodies.Select(b => b.GetProperty("status").GetString()));
        Assert.Equal(3, bodies.Count);
        await app.AdvanceAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(3, app.Sink.Requests.Count);
    }

    [Fact]
    public async Task Resolved_ByEndsAtPassing_NotifiesResolvedAtTheNextInterval()
    {
        // TestResolved: alerts whose end time passes resolve without a further webhook.
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 1s, group_interval: 5s}
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            """);
        var ends = app.Now.AddSeconds(10);
        await app.PostAsync(
            WebhookAlertSpec.Of(("alertname", "Res"), ("i", "1")) with { EndsAt = ends },
            WebhookAlertSpec.Of(("alertname", "Res"), ("i", "2")) with { EndsAt = ends },
            WebhookAlertSpec.Of(("alertname", "Res"), ("i", "3")) with { EndsAt = ends });

        await app.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.Equal("firing,firing,firing", Statuses(Assert.Single(Bodies(app))));

        await app.AdvanceAsync(TimeSpan.FromSeconds(11));

        var resolved = Bodies(app)[^1];
        Assert.Equal(2, Bodies(app).Count);
        Assert.Equal("resolved,resolved,resolved", Statuses(resolved));
        Assert.All(resolved.GetProperty("alerts").EnumerateArray(), a =>
            Assert.Equal(ends, DateTimeOffset.Parse(a.GetProperty("endsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ResolvedFilter_SendResolvedFalse_GetsFiringOnlyAndNothingForResolutions()
    {
        // TestResolvedFilter: one receiver with send_resolved true, one with false, both on every alert (continue).
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: none
              group_wait: 1s
              group_interval: 1s
              routes:
                - {receiver: all, continue: true}
                - {receiver: firing-only}
            receivers:
              - {name: none}
              - {name: all, webhook_configs: [{url: SINK/all, send_resolved: true}]}
              - {name: firing-only, webhook_configs: [{url: SINK/firing, send_resolved: false}]}
            """);
        var start = app.Now;
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "F"), ("i", "1")) with { StartsAt = start },
            WebhookAlertSpec.Of(("alertname", "F"), ("i", "2")) with { StartsAt = start });
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "F"), ("i", "1")) with { StartsAt = start, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "F"), ("i", "2")) with { StartsAt = start, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        var all = app.Sink.Requests.Where(r => r.Path == "/all").Select(r => Statuses(JsonDocument.Parse(r.Body).RootElement)).ToList();
        var firingOnly = app.Sink.Requests.Where(r => r.Path == "/firing").Select(r => Statuses(JsonDocument.Parse(r.Body).RootElement)).ToList();
        // As in Alertmanager's test: a resolved alert leaves the group after the flush that notified it, so the last
        // notification carries only the second alert.
        Assert.Equal(["firing,firing", "resolved,firing", "resolved"], all);
        Assert.Equal(["firing,firing"], firingOnly);
    }

    [Fact]
    public async Task EmptiedGroup_IsDestroyed_AndANewAlertStartsAFreshGroupWait()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 10s, group_interval: 1m}
            receivers: [{name: hook, webhook_configs: [{url: SINK, send_resolved: true}]}]
            """);
        var start = app.Now;
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Life")) with { StartsAt = start });
        await app.AdvanceAsync(TimeSpan.FromSeconds(11));
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Life")) with { StartsAt = start, EndsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        using var groups = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/groups"));
        Assert.Empty(groups.RootElement.EnumerateArray());

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Life")) with { StartsAt = app.Now });
        await app.AdvanceAsync(TimeSpan.FromSeconds(9));
        Assert.Equal(2, app.Sink.Requests.Count);
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(["firing", "resolved", "firing"], Bodies(app).Select(b => b.GetProperty("status").GetString()));
    }
}
