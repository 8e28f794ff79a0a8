using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Grouping;

/// <summary>
/// Debian's Alertmanager 0.25 posting to AlertRouter, whose receiver is a webhook to a capture server: AlertRouter's
/// own grouping, the resolved notification, inhibition between two alerts and a mute window, by what arrives.
/// AlertRouter's group_wait is long enough that both Grouped alerts, added by two amtool calls, meet in one group
/// even on a loaded machine.
/// </summary>
public class AlertmanagerPipelineTests
{
    [Fact]
    public async Task AlertmanagerToAlertRouter_GroupsResolvesInhibitsAndMutes()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await TestApp.StartAsync($$"""
            route:
              receiver: hook
              group_by: [alertname]
              group_wait: 4s
              group_interval: 2s
              repeat_interval: 1h
              routes:
                - matchers: [team="night"]
                  receiver: hook
                  mute_time_intervals: [always]
            receivers:
              - name: hook
                webhook_configs: [{url: "{{sink.Url}}/hook", send_resolved: true}]
            inhibit_rules:
              - source_matchers: [severity="critical"]
                target_matchers: [severity="warning"]
                equal: [service]
            time_intervals:
              - name: always
                time_intervals: [{times: [{start_time: "00:00", end_time: "24:00"}]}]
            """);
        await using var am = await AlertmanagerProcess.StartAsync($$"""
            route:
              receiver: alertrouter
              group_by: ['...']
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: alertrouter
                webhook_configs: [{url: "{{router.ApiUrl}}/api/v1/alerts", send_resolved: true}]
            """);
        var start = DateTimeOffset.UtcNow;

        await am.AddAlertAsync(["alertname=Grouped", "instance=a"], start);
        await am.AddAlertAsync(["alertname=Grouped", "instance=b"], start);
        await am.AddAlertAsync(["alertname=Outage", "severity=critical", "service=pay"], start);
        await am.AddAlertAsync(["alertname=Latency", "severity=warning", "service=pay"], start);
        await am.AddAlertAsync(["alertname=Nightly", "team=night"], start);
        await WaitUntilAsync(sink, bodies => bodies.Any(b => Names(b).SequenceEqual(["Grouped", "Grouped"])) && bodies.Any(b => Names(b).SequenceEqual(["Outage"])));

        await am.AddAlertAsync(["alertname=Grouped", "instance=a"], start, DateTimeOffset.UtcNow.AddSeconds(-1));
        await am.AddAlertAsync(["alertname=Grouped", "instance=b"], start, DateTimeOffset.UtcNow.AddSeconds(-1));
        await WaitUntilAsync(sink, bodies => bodies.Any(b => Names(b).SequenceEqual(["Grouped", "Grouped"]) && b.GetProperty("status").GetString() == "resolved"));
        await Task.Delay(3000);

        var all = Bodies(sink);
        Assert.DoesNotContain(all, b => Names(b).Contains("Latency"));
        Assert.DoesNotContain(all, b => Names(b).Contains("Nightly"));
        Assert.Single(all, b => Names(b).SequenceEqual(["Outage"]));
        var grouped = all.Where(b => b.GetProperty("groupKey").GetString() == "{}:{alertname=\"Grouped\"}").ToList();
        Assert.Equal(["firing", "resolved"], grouped.Select(b => b.GetProperty("status").GetString()));
        using var alerts = JsonDocument.Parse(await router.Api.GetStringAsync("/api/v1/alerts?filter=alertname%3D%22Latency%22"));
        Assert.NotEmpty(Assert.Single(alerts.RootElement.EnumerateArray()).GetProperty("inhibitedBy").EnumerateArray());
    }

    private static List<JsonElement> Bodies(CaptureServer sink) => [.. sink.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)];

    private static List<string> Names(JsonElement body) =>
        [.. body.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("labels").GetProperty("alertname").GetString()!)];

    private static async Task WaitUntilAsync(CaptureServer sink, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done(Bodies(sink)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("expected notifications did not arrive; got: " + string.Join(" | ", sink.Requests.Select(r => r.Body)));
            }

            await Task.Delay(200);
        }
    }
}
