using System.Net.Http.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

/// <summary>
/// The series <c>/metrics</c> exports, checked against <c>testdata/metrics/series.txt</c>: the Grafana dashboard, the
/// Prometheus rules and their promtool tests read these names, labels and pre-initialised series, so any change to
/// them must show up here as a reviewed change to that file.
/// </summary>
public class SeriesListTests
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

    [Fact]
    public async Task Scrape_AfterOneDelivery_SeriesMatchCheckedInList()
    {
        await using var sink = await CaptureServer.StartAsync();
        await using var app = await TestApp.StartAsync(Config.Replace("SINK", sink.Url, StringComparison.Ordinal),
            new Dictionary<string, string> { ["ReplicaId"] = "replica-1" });
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "testdata", "metrics", "series.txt"));

        var webhook = new
        {
            version = "4",
            status = "firing",
            alerts = new[] { new { status = "firing", labels = new Dictionary<string, string> { ["alertname"] = "Listed" }, startsAt = DateTimeOffset.UtcNow.ToString("O") } },
        };
        (await app.Api.PostAsJsonAsync("/api/v1/alerts", webhook)).EnsureSuccessStatusCode();
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        var exposition = await ScrapeAfterDeliveryAsync(app.Ops);

        var actual = SeriesList.Of(exposition);
        Assert.True(expected == actual, $"series differ from testdata/metrics/series.txt:\n{Diff(expected, actual)}\nfull list now:\n{actual}");
    }

    // The latency histogram is recorded just after the sink answers, so poll until the delivery is counted.
    private static async Task<string> ScrapeAfterDeliveryAsync(HttpClient ops)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var text = await ops.GetStringAsync("/metrics");
            if (MetricsScrape.Parse(text).Value("alertrouter_notification_latency_seconds_count", ("receiver", "hook")) >= 1 || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(50);
        }
    }

    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)));
    }
}
