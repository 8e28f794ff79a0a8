using System.Diagnostics.Metrics;
using AlertRouter.Metrics;

namespace AlertRouter.Tests.Metrics;

public class PrometheusExporterHistogramTests
{
    [Fact]
    public void Scrape_HistogramWithAdvisedBuckets_CumulativeBucketsInfSumAndCount()
    {
        using var metrics = new MetricsHarness();
        var latency = metrics.Meter.CreateHistogram("alertrouter_notification_latency_seconds", unit: "s", description: "Latency.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10] });

        foreach (var value in new[] { 0.5, 1, 3, 7, 100 })
        {
            latency.Record(value, new KeyValuePair<string, object?>("integration", "slack"));
        }

        Assert.Equal(
            """
            # HELP alertrouter_notification_latency_seconds Latency.
            # TYPE alertrouter_notification_latency_seconds histogram
            alertrouter_notification_latency_seconds_bucket{integration="slack",le="1"} 2
            alertrouter_notification_latency_seconds_bucket{integration="slack",le="5"} 3
            alertrouter_notification_latency_seconds_bucket{integration="slack",le="10"} 4
            alertrouter_notification_latency_seconds_bucket{integration="slack",le="+Inf"} 5
            alertrouter_notification_latency_seconds_sum{integration="slack"} 111.5
            alertrouter_notification_latency_seconds_count{integration="slack"} 5

            """.ReplaceLineEndings("\n"),
            metrics.Scrape());
    }

    [Fact]
    public void Scrape_HistogramWithoutAdvice_DefaultBuckets()
    {
        using var metrics = new MetricsHarness();
        var histogram = metrics.Meter.CreateHistogram<double>("alertrouter_flush_duration_seconds", description: "Flush.");

        histogram.Record(0.003);

        var les = metrics.Parse().Samples.Where(s => s.Name.EndsWith("_bucket", StringComparison.Ordinal)).Select(s => s.Labels["le"]).ToList();
        Assert.Equal(["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"], les);
    }

    [Fact]
    public void Scrape_LongHistogramWithLongAdvice_BucketsFromAdvice()
    {
        using var metrics = new MetricsHarness();
        var sizes = metrics.Meter.CreateHistogram("alertrouter_batch_size_alerts", description: "Alerts per batch.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 10, 100] });

        sizes.Record(10);
        sizes.Record(11);
        sizes.Record(1000);

        var scrape = metrics.Parse();
        Assert.Equal(1, scrape.Value("alertrouter_batch_size_alerts_bucket", ("le", "10")));
        Assert.Equal(2, scrape.Value("alertrouter_batch_size_alerts_bucket", ("le", "100")));
        Assert.Equal(3, scrape.Value("alertrouter_batch_size_alerts_bucket", ("le", "+Inf")));
        Assert.Equal(1021, scrape.Value("alertrouter_batch_size_alerts_sum"));
        Assert.Equal(3, scrape.Value("alertrouter_batch_size_alerts_count"));
        Assert.Equal("histogram", scrape.Types["alertrouter_batch_size_alerts"]);
    }

    [Fact]
    public void Scrape_HistogramNaNObservation_Dropped()
    {
        using var metrics = new MetricsHarness();
        var histogram = metrics.Meter.CreateHistogram<double>("alertrouter_wait_seconds", description: "Wait.");

        histogram.Record(double.NaN);
        histogram.Record(2);

        var scrape = metrics.Parse();
        Assert.Equal(1, scrape.Value("alertrouter_wait_seconds_count"));
        Assert.Equal(2, scrape.Value("alertrouter_wait_seconds_sum"));
    }
}
