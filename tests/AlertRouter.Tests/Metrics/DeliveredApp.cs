using System.Net.Http.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

/// <summary>
/// A host with a receiver of every integration type that has delivered one notification, and its scrape taken after
/// that delivery was counted: every family then has its series, histograms included.
/// </summary>
public sealed class DeliveredApp : IAsyncLifetime
{
    private const string Config = """
        global:
          smtp_smarthost: 127.0.0.1:9
          smtp_from: alertrouter@example.org
          slack_api_url: http://127.0.0.1:9/slack
        route: {receiver: hook, group_by: [alertname], group_wait: 0s, group_interval: 1h}
        receivers:
          - name: hook
            webhook_configs: [{url: SINK}]
          - name: team
            email_configs: [{to: ops@example.org}]
            slack_configs: [{channel: '#ops'}]
            pagerduty_configs: [{routing_key: rk}]
        """;

    public string Exposition { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var app = await TestApp.StartAsync(Config.Replace("SINK", sink.Url, StringComparison.Ordinal),
            new Dictionary<string, string> { ["ReplicaId"] = "replica-1" });
        var webhook = new
        {
            version = "4",
            status = "firing",
            alerts = new[] { new { status = "firing", labels = new Dictionary<string, string> { ["alertname"] = "Listed" }, startsAt = DateTimeOffset.UtcNow.ToString("O") } },
        };
        (await app.Api.PostAsJsonAsync("/api/v1/alerts", webhook)).EnsureSuccessStatusCode();
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));

        // The latency histogram is recorded just after the sink answers, so poll until the delivery is counted.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            Exposition = await app.Ops.GetStringAsync("/metrics");
            if (MetricsScrape.Parse(Exposition).Value("alertrouter_notification_latency_seconds_count", ("receiver", "hook")) >= 1)
            {
                return;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
