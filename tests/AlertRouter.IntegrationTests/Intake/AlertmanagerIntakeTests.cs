using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Intake;

/// <summary>The real Alertmanager 0.25 posting to AlertRouter through webhook_config, with bearer auth.</summary>
public class AlertmanagerIntakeTests
{
    private const string Token = "e2e-intake-token";

    [Fact]
    public async Task Alertmanager_FiringThenResolved_ArrivesInAlertsApi()
    {
        await using var router = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["Intake:BearerToken"] = Token });
        await using var am = await AlertmanagerProcess.StartAsync($"""
            route:
              receiver: alertrouter
              group_by: [alertname]
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: alertrouter
                webhook_configs:
                  - url: {router.ApiUrl}/api/v1/alerts
                    send_resolved: true
                    http_config:
                      authorization:
                        credentials: {Token}
            """);
        var startsAt = DateTimeOffset.UtcNow.AddSeconds(-5);
        string[] labels = ["alertname=E2EIntake", "severity=critical", "instance=web-1"];

        await am.AddAlertAsync(labels, startsAt, annotations: ["summary=e2e"]);
        var firing = await WaitForAsync(router, "firing");
        await am.AddAlertAsync(labels, startsAt, endsAt: DateTimeOffset.UtcNow.AddSeconds(-1));
        var resolved = await WaitForAsync(router, "resolved");

        Assert.Equal("e2e", firing.GetProperty("annotations").GetProperty("summary").GetString());
        Assert.Equal(firing.GetProperty("fingerprint").GetString(), resolved.GetProperty("fingerprint").GetString());
        var metrics = await router.Ops.GetStringAsync("/metrics");
        Assert.DoesNotContain("alertrouter_webhooks_received_total{outcome=\"unauthorized\"} 1", metrics, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForAsync(TestApp router, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var doc = JsonDocument.Parse(await router.Api.GetStringAsync($"/api/v1/alerts?status={status}"));
            var match = doc.RootElement.EnumerateArray()
                .FirstOrDefault(a => a.GetProperty("labels").TryGetProperty("alertname", out var n) && n.GetString() == "E2EIntake");
            if (match.ValueKind == JsonValueKind.Object)
            {
                return match.Clone();
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"E2EIntake never became {status}");
    }
}
