using System.Diagnostics.Metrics;

namespace AlertRouter.Tests.Metrics;

public class PrometheusExporterConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 50_000;

    [Fact]
    public async Task Record_ManyThreadsWhileScraping_ExactTotals()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_hits_total", description: "Hits.");
        var seconds = metrics.Meter.CreateCounter<double>("alertrouter_busy_seconds_total", description: "Busy.");
        var gauge = metrics.Meter.CreateUpDownCounter<int>("alertrouter_balance", description: "Balance.");
        var histogram = metrics.Meter.CreateHistogram("alertrouter_work_seconds", description: "Work.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2] });
        using var stop = new CancellationTokenSource();
        var scraping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scraper = Task.Run(() =>
        {
            var scrapes = 0;
            while (!stop.IsCancellationRequested)
            {
                metrics.Scrape();
                scrapes++;
                scraping.TrySetResult();
            }

            return scrapes;
        });
        await scraping.Task;

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            var shard = new KeyValuePair<string, object?>("shard", (t % 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < PerThread; i++)
            {
                counter.Add(1, shard);
                seconds.Add(0.5);
                gauge.Add(i % 2 == 0 ? 3 : -1);
                histogram.Record(i % 3, shard);
            }
        })));
        stop.Cancel();
        var scrapes = await scraper;

        var scrape = metrics.Parse();
        Assert.True(scrapes > 0);
        Assert.Equal(Threads * PerThread / 2, scrape.Value("alertrouter_hits_total", ("shard", "0")));
        Assert.Equal(Threads * PerThread / 2, scrape.Value("alertrouter_hits_total", ("shard", "1")));
        Assert.Equal(Threads * PerThread * 0.5, scrape.Value("alertrouter_busy_seconds_total"));
        Assert.Equal(Threads * PerThread, scrape.Value("alertrouter_balance"));
        Assert.Equal(Threads * PerThread, scrape.Sum("alertrouter_work_seconds_count"));
        Assert.Equal(Threads * PerThread, scrape.Sum("alertrouter_work_seconds_bucket", ("le", "+Inf")));
        var upToOne = Threads * Enumerable.Range(0, PerThread).Count(i => i % 3 <= 1);
        Assert.Equal(upToOne, scrape.Sum("alertrouter_work_seconds_bucket", ("le", "1")));
        Assert.Equal(Threads * Enumerable.Range(0, PerThread).Sum(i => i % 3), scrape.Sum("alertrouter_work_seconds_sum"));
    }

    [Fact]
    public void Record_ExistingSeriesWithStringTags_AllocatesNothing()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_hot_total", description: "Hot path.");
        var histogram = metrics.Meter.CreateHistogram<double>("alertrouter_hot_seconds", description: "Hot path.");
        var integration = new KeyValuePair<string, object?>("integration", "slack");
        var reason = new KeyValuePair<string, object?>("reason", "serverError");
        counter.Add(1, integration, reason);
        histogram.Record(0.1, integration);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            counter.Add(1, integration, reason);
            histogram.Record(0.1, integration);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(10_001, metrics.Parse().Value("alertrouter_hot_total", ("integration", "slack")));
    }
}
