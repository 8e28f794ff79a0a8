using System.Diagnostics.Metrics;

namespace AlertRouter.Tests.Metrics;

public class PrometheusExporterObservableTests
{
    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    [Fact]
    public void Scrape_ObservableInstruments_CollectedAtEachScrape()
    {
        using var metrics = new MetricsHarness();
        var depth = 3;
        var total = 10L;
        metrics.Meter.CreateObservableGauge("alertrouter_queue_depth", () => new Measurement<int>(depth, Tag("queue", "delivery")), description: "Queue depth.");
        metrics.Meter.CreateObservableCounter("alertrouter_store_writes_total", () => total, description: "Store writes.");
        metrics.Meter.CreateObservableUpDownCounter("alertrouter_groups", () => depth * 2, description: "Groups.");

        var first = metrics.Parse();
        depth = 7;
        total = 15;
        var second = metrics.Parse();

        Assert.Equal(3, first.Value("alertrouter_queue_depth", ("queue", "delivery")));
        Assert.Equal(10, first.Value("alertrouter_store_writes_total"));
        Assert.Equal(7, second.Value("alertrouter_queue_depth", ("queue", "delivery")));
        Assert.Equal(15, second.Value("alertrouter_store_writes_total"));
        Assert.Equal(14, second.Value("alertrouter_groups"));
        Assert.Equal("counter", second.Types["alertrouter_store_writes_total"]);
        Assert.Equal("gauge", second.Types["alertrouter_groups"]);
    }

    [Fact]
    public void Scrape_ObservableStopsReportingSeries_SeriesDisappears()
    {
        using var metrics = new MetricsHarness();
        var queues = new List<string> { "a", "b" };
        metrics.Meter.CreateObservableGauge("alertrouter_queue_depth",
            () => queues.Select(q => new Measurement<long>(1, Tag("queue", q))), description: "Queue depth.");

        var before = metrics.Parse();
        queues.Remove("a");
        var after = metrics.Parse();

        Assert.Equal(2, before.Samples.Count);
        Assert.Null(after.Value("alertrouter_queue_depth", ("queue", "a")));
        Assert.Equal(1, after.Value("alertrouter_queue_depth", ("queue", "b")));
    }

    [Fact]
    public void Scrape_ObservableCallbackThrows_OtherFamiliesStillWrittenAndLoggedOnce()
    {
        using var metrics = new MetricsHarness();
        Func<long> broken = () => throw new InvalidOperationException("store closed");
        metrics.Meter.CreateObservableGauge("alertrouter_broken", broken, description: "Broken.");
        metrics.Meter.CreateObservableGauge("alertrouter_fine", () => 1L, description: "Fine.");

        var first = metrics.Parse();
        metrics.Scrape();

        Assert.Equal(1, first.Value("alertrouter_fine"));
        Assert.Null(first.Value("alertrouter_broken"));
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9003);
    }
}
