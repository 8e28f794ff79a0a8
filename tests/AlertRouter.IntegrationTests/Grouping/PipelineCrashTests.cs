using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Grouping;

/// <summary>
/// The pipeline's promises across SIGKILL of the real binary: a group waiting for its first flush flushes once
/// after the restart, a decided notification is delivered after the restart, and redelivered webhooks never make
/// a second notification.
/// </summary>
public class PipelineCrashTests
{
    private static string Config(string sink, string groupWait) => $$"""
        route:
          receiver: hook
          group_by: [alertname]
          group_wait: {{groupWait}}
          group_interval: 1h
          repeat_interval: 4h
        receivers:
          - name: hook
            webhook_configs: [{url: "{{sink}}", send_resolved: true}]
        """;

    // startsAt is now: an alert older than group_wait would flush at once, as in Alertmanager.
    private static object Webhook(string name, string externalUrl = "http://am-1:9093") => new
    {
        version = "4",
        groupKey = $"{{}}:{{alertname=\"{name}\"}}",
        status = "firing",
        receiver = "am",
        externalURL = externalUrl,
        alerts = new[]
        {
            new { status = "firing", labels = new Dictionary<string, string> { ["alertname"] = name }, startsAt = DateTimeOffset.UtcNow.ToString("O"), endsAt = "0001-01-01T00:00:00Z" },
        },
    };

    [Fact]
    public async Task KillDuringGroupWait_AfterRestart_NotifiesExactlyOnce()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await AlertRouterProcess.StartAsync(Config(sink.Url, "4s"));
        using var http = new HttpClient();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Wait"))).EnsureSuccessStatusCode();

        await Task.Delay(1000);
        router.Process.KillHard();
        Assert.Empty(sink.Requests);
        await router.RestartAsync();
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        await Task.Delay(3000);

        Assert.Single(sink.Requests);
    }

    [Fact]
    public async Task KillAfterDecisionBeforeDelivery_AfterRestart_IsDelivered()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await AlertRouterProcess.StartAsync(Config(sink.Url, "0s"),
            new Dictionary<string, string> { ["Delivery:Enabled"] = "false" });
        using var http = new HttpClient();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Decided"))).EnsureSuccessStatusCode();
        await WaitForPendingAsync(http, router);

        router.Process.KillHard();
        await router.RestartAsync(new Dictionary<string, string> { ["Delivery:Enabled"] = "true" });
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        await Task.Delay(2000);

        var body = JsonDocument.Parse(Assert.Single(sink.Requests).Body).RootElement;
        Assert.Equal("{}:{alertname=\"Decided\"}", body.GetProperty("groupKey").GetString());
    }

    [Fact]
    public async Task DuplicateWebhooksAcrossACrash_GiveOneNotification()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await AlertRouterProcess.StartAsync(Config(sink.Url, "3s"));
        using var http = new HttpClient();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Twice"))).EnsureSuccessStatusCode();

        router.Process.KillHard();
        await router.RestartAsync();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Twice"))).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Twice", "http://am-2:9093"))).EnsureSuccessStatusCode();
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        await Task.Delay(3000);

        Assert.Single(sink.Requests);
    }

    private static async Task WaitForPendingAsync(HttpClient http, AlertRouterProcess router)
    {
        for (var i = 0; i < 100; i++)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/notifications?state=pending"));
            if (doc.RootElement.GetArrayLength() == 1)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the flush never queued the notification");
    }

    [Fact]
    public async Task RouteFilesChangedWhileStopped_AfterRestart_AlertsJoinTheNewGroups()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await AlertRouterProcess.StartAsync(Config(sink.Url, "1h"));
        using var http = new HttpClient();
        (await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("Moved"))).EnsureSuccessStatusCode();
        await router.Process.TerminateAsync(TimeSpan.FromSeconds(30));

        await File.WriteAllTextAsync(Path.Combine(router.DataDir, "config", "alertmanager.yml"), $$"""
            route:
              receiver: hook
              routes:
                - matchers: [alertname="Moved"]
                  receiver: other
                  group_by: ['...']
                  group_wait: 1h
            receivers:
              - name: hook
                webhook_configs: [{url: "{{sink.Url}}"}]
              - name: other
                webhook_configs: [{url: "{{sink.Url}}/other"}]
            """);
        await router.RestartAsync();

        for (var i = 0; i < 100; i++)
        {
            using var groups = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/groups"));
            if (groups.RootElement.EnumerateArray().Select(g => g.GetProperty("receiver").GetString()).SequenceEqual(["other"]))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the alert never moved to the new route's group");
    }
}
