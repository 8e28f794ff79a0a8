using System.Diagnostics.Metrics;
using AlertRouter.Core;
using AlertRouter.Metrics;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Metrics;

public class PromtoolTests
{
    private static readonly string[] Integrations = ["email", "pagerduty", "slack", "webhook"];
    private static readonly string[] Reasons = ["other", "clientError", "serverError", "rateLimited"];

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    [Fact]
    public async Task CheckMetrics_RealisticScrape_ExitsZeroWithNoFindings()
    {
        using var metrics = new MetricsHarness(processMetrics: true);
        _ = new BuildInfoMetric(metrics.Factory, Options.Create(new AlertRouterOptions { ReplicaId = "replica-1" }));
        Record(metrics.Meter);
        var exposition = metrics.Scrape();

        var (exitCode, output, errors) = await PromtoolRunner.CheckMetricsAsync(exposition);

        Assert.True(exitCode == 0 && output.Length == 0 && errors.Length == 0,
            $"promtool exited {exitCode}\nstdout: {output}\nstderr: {errors}\ninput:\n{exposition}");
        Assert.Contains("alertrouter_build_info{replica=\"replica-1\",version=\"" + BuildInfo.Version + "\"} 1\n", exposition, StringComparison.Ordinal);
        Assert.Contains("process_open_fds ", exposition, StringComparison.Ordinal);
        Assert.Contains("le=\"+Inf\"", exposition, StringComparison.Ordinal);
        Assert.DoesNotContain("alertrouter_latency_ms", exposition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# HELP x counter\n# TYPE x counter\nx 1\n", 3, "counter metrics should have \"_total\" suffix")]
    [InlineData("# TYPE x_total counter\nx_total 1\n", 3, "no help text")]
    [InlineData("# HELP x x\n# TYPE x gauge\nx{a=\"unterminated} 1\n", 1, "")]
    public async Task CheckMetrics_BadExposition_Flagged(string exposition, int expectedExit, string expectedFinding)
    {
        var (exitCode, output, errors) = await PromtoolRunner.CheckMetricsAsync(exposition);

        Assert.Equal(expectedExit, exitCode);
        Assert.Contains(expectedFinding, output + errors, StringComparison.Ordinal);
    }

    private static void Record(Meter meter)
    {
        var notifications = meter.CreateCounter<long>("alertrouter_notifications_total", description: "Notifications attempted, by integration.");
        var failed = meter.CreateCounter<long>("alertrouter_notifications_failed_total", description: "Notifications that failed, by integration and reason.");
        var latency = meter.CreateHistogram("alertrouter_notification_latency_seconds", unit: "s", description: "Time to deliver one notification.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 15, 20] });
        foreach (var integration in Integrations)
        {
            notifications.Add(0, Tag("integration", integration));
            foreach (var reason in Reasons)
            {
                failed.Add(0, Tag("integration", integration), Tag("reason", reason));
            }
        }

        notifications.Add(9, Tag("integration", "webhook"));
        failed.Add(7, Tag("integration", "webhook"), Tag("reason", "serverError"));
        latency.Record(0.042, Tag("integration", "slack"));
        latency.Record(12.5, Tag("integration", "webhook"));

        var received = meter.CreateCounter<long>("alertrouter_webhooks_received_total", description: "Webhook requests received.");
        received.Add(3, Tag("status", "firing"), Tag("version", "4"));
        received.Add(1, Tag("status", "resolved"), Tag("version", "4"));
        meter.CreateCounter<double>("alertrouter_store_write_seconds_total", description: "Time spent writing to the store.").Add(0.123456789);
        meter.CreateUpDownCounter<int>("alertrouter_dispatcher_aggregation_groups", description: "Aggregation groups alive.").Add(12);
        meter.CreateGauge<int>("alertrouter_config_last_reload_successful", description: "1 if the last config reload succeeded.").Record(1);
        meter.CreateGauge<double>("alertrouter_config_last_reload_success_timestamp_seconds", description: "When the config was last loaded.")
            .Record(1763720123.456);
        meter.CreateGauge<double>("alertrouter_odd_values", description: "NaN and infinities.\nSecond line with C:\\path.")
            .Record(double.NaN, Tag("kind", "nan"));
        meter.CreateGauge<double>("alertrouter_odd_values").Record(double.PositiveInfinity, Tag("kind", "inf"));
        meter.CreateObservableGauge("alertrouter_alerts", () => new[]
        {
            new Measurement<long>(4, Tag("state", "active")),
            new Measurement<long>(1, Tag("state", "suppressed")),
        }, description: "Alerts by state.");
        meter.CreateObservableCounter("alertrouter_store_commits_total", () => 1234567L, description: "Store commits.");
        meter.CreateCounter<long>("alertrouter_deliveries_total").Add(1, Tag("receiver", "team \"ops\" \\ night\nshift ✓"));

        // Rejected on publication or per series; they must not leak into the scrape.
        meter.CreateHistogram<double>("alertrouter_latency_ms").Record(5);
        meter.CreateCounter<long>("alertrouter_tagged_total", description: "x").Add(1, Tag("receiverName", "ops"));
    }
}
