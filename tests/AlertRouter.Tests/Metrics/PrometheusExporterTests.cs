using System.Diagnostics.Metrics;
using AlertRouter.Metrics;

namespace AlertRouter.Tests.Metrics;

public class PrometheusExporterTests
{
    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    [Fact]
    public void Scrape_CounterWithLabels_WritesHelpTypeAndSortedSeries()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_webhooks_received_total", description: "Webhooks received.");

        counter.Add(2, Tag("status", "firing"));
        counter.Add(1, Tag("status", "resolved"));
        counter.Add(3, Tag("status", "firing"));

        Assert.Equal(
            """
            # HELP alertrouter_webhooks_received_total Webhooks received.
            # TYPE alertrouter_webhooks_received_total counter
            alertrouter_webhooks_received_total{status="firing"} 5
            alertrouter_webhooks_received_total{status="resolved"} 1

            """.ReplaceLineEndings("\n"),
            metrics.Scrape());
    }

    [Fact]
    public void Scrape_CounterAddZero_CreatesSeriesAtZero()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_notifications_failed_total", description: "Failed notifications.");

        foreach (var reason in new[] { "clientError", "serverError" })
        {
            counter.Add(0, Tag("integration", "slack"), Tag("reason", reason));
        }

        var scrape = metrics.Parse();
        Assert.Equal(0, scrape.Value("alertrouter_notifications_failed_total", ("integration", "slack"), ("reason", "clientError")));
        Assert.Equal(0, scrape.Value("alertrouter_notifications_failed_total", ("integration", "slack"), ("reason", "serverError")));
        Assert.Equal(2, scrape.Samples.Count);
    }

    [Fact]
    public void Scrape_InstrumentWithoutMeasurements_NotWritten()
    {
        using var metrics = new MetricsHarness();
        metrics.Meter.CreateCounter<long>("alertrouter_idle_total", description: "Never used.");

        Assert.Equal("", metrics.Scrape());
    }

    [Fact]
    public void Scrape_CounterNegativeOrNaNAdd_Ignored()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<double>("alertrouter_work_seconds_total", description: "Work.");

        counter.Add(1.5);
        counter.Add(-1);
        counter.Add(double.NaN);
        counter.Add(0.25);

        Assert.Equal(1.75, metrics.Parse().Value("alertrouter_work_seconds_total"));
    }

    [Fact]
    public void Scrape_TagsInDifferentOrder_OneSeriesWithSortedLabels()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<int>("alertrouter_things_total", description: "Things.");

        counter.Add(1, Tag("zeta", "z"), Tag("alpha", "a"));
        counter.Add(1, Tag("alpha", "a"), Tag("zeta", "z"));
        counter.Add(1, Tag("alpha", "a"), Tag("zeta", "z"), Tag("empty", ""));

        Assert.Contains("alertrouter_things_total{alpha=\"a\",zeta=\"z\"} 3\n", metrics.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_UpDownCounter_GaugeWithNetValue()
    {
        using var metrics = new MetricsHarness();
        var inFlight = metrics.Meter.CreateUpDownCounter<long>("alertrouter_deliveries_in_flight", description: "Deliveries under way.");

        inFlight.Add(5);
        inFlight.Add(-2);

        var scrape = metrics.Parse();
        Assert.Equal("gauge", scrape.Types["alertrouter_deliveries_in_flight"]);
        Assert.Equal(3, scrape.Value("alertrouter_deliveries_in_flight"));
    }

    [Fact]
    public void Scrape_SynchronousGauge_LastValueWins()
    {
        using var metrics = new MetricsHarness();
        var gauge = metrics.Meter.CreateGauge<double>("alertrouter_config_last_reload_successful", description: "1 if the last reload worked.");

        gauge.Record(1);
        gauge.Record(0);

        var scrape = metrics.Parse();
        Assert.Equal("gauge", scrape.Types["alertrouter_config_last_reload_successful"]);
        Assert.Equal(0, scrape.Value("alertrouter_config_last_reload_successful"));
    }

    [Fact]
    public void Scrape_EscapesHelpAndLabelValues()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_odd_total", description: "Path C:\\alerts\nsecond line.");

        counter.Add(1, Tag("receiver", "team \"ops\"\\night\nshift"));

        var text = metrics.Scrape();
        Assert.Contains("# HELP alertrouter_odd_total Path C:\\\\alerts\\nsecond line.\n", text, StringComparison.Ordinal);
        Assert.Contains("alertrouter_odd_total{receiver=\"team \\\"ops\\\"\\\\night\\nshift\"} 1\n", text, StringComparison.Ordinal);
        Assert.Equal("team \"ops\"\\night\nshift", MetricsScrapeLabel(text));
    }

    [Fact]
    public void Scrape_NoDescription_HelpFallsBackToName()
    {
        using var metrics = new MetricsHarness();
        metrics.Meter.CreateCounter<long>("alertrouter_undocumented_total").Add(1);

        Assert.StartsWith("# HELP alertrouter_undocumented_total alertrouter_undocumented_total\n", metrics.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_SeveralFamilies_SortedByNameAndDeterministic()
    {
        using var metrics = new MetricsHarness();
        metrics.Meter.CreateCounter<long>("alertrouter_zz_total", description: "z").Add(1);
        metrics.Meter.CreateCounter<long>("alertrouter_aa_total", description: "a").Add(1, Tag("k", "2"));
        metrics.Meter.CreateCounter<long>("alertrouter_aa_total", description: "a").Add(1, Tag("k", "1"));
        metrics.Meter.CreateGauge<int>("alertrouter_mm", description: "m").Record(1);

        var first = metrics.Scrape();
        var names = first.Split('\n').Where(l => l.StartsWith("# TYPE", StringComparison.Ordinal)).ToList();

        Assert.Equal(["# TYPE alertrouter_aa_total counter", "# TYPE alertrouter_mm gauge", "# TYPE alertrouter_zz_total counter"], names);
        Assert.True(first.IndexOf("{k=\"1\"}", StringComparison.Ordinal) < first.IndexOf("{k=\"2\"}", StringComparison.Ordinal));
        Assert.Equal(first, metrics.Scrape());
    }

    private static string MetricsScrapeLabel(string text) =>
        AlertRouter.TestSupport.MetricsScrape.Parse(text).Samples.Single().Labels["receiver"];
}
