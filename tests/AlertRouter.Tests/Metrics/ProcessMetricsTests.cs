using AlertRouter.Metrics;
using AlertRouter.TestSupport;
using Prometheus;

namespace AlertRouter.Tests.Metrics;

public class ProcessMetricsTests
{
    [Fact]
    public async Task Collect_ProcessAndRuntimeFamilies_PlausibleValuesAndTypes()
    {
        var registry = Prometheus.Metrics.NewCustomRegistry();
        _ = new ProcessMetrics(registry);

        var scrape = await MetricsScrape.CollectAsync(registry);

        Assert.Equal("counter", scrape.Types["process_cpu_seconds_total"]);
        Assert.True(scrape.Value("process_cpu_seconds_total") > 0);
        Assert.True(scrape.Value("process_resident_memory_bytes") > 1 << 20);
        Assert.True(scrape.Value("process_virtual_memory_bytes") >= scrape.Value("process_resident_memory_bytes"));
        var started = DateTimeOffset.FromUnixTimeMilliseconds((long)(scrape.Value("process_start_time_seconds")!.Value * 1000));
        Assert.InRange(started, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow);
        Assert.True(scrape.Value("dotnet_gc_heap_size_bytes") >= 0);
        Assert.True(scrape.Value("dotnet_gc_allocated_bytes_total") > 0);
        Assert.Equal(GC.MaxGeneration + 1, scrape.Samples.Count(s => s.Name == "dotnet_gc_collections_total"));
    }

    [Fact]
    public async Task Collect_OnLinux_FileDescriptorsFromProc()
    {
        Assert.True(OperatingSystem.IsLinux(), "the service and its tests run on Linux");
        var registry = Prometheus.Metrics.NewCustomRegistry();
        _ = new ProcessMetrics(registry);
        await using var extra = File.OpenRead(typeof(ProcessMetricsTests).Assembly.Location);

        var scrape = await MetricsScrape.CollectAsync(registry);

        var max = scrape.Value("process_max_fds")!.Value;
        Assert.InRange(scrape.Value("process_open_fds")!.Value, 4, max);
        var limit = File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        Assert.Contains(max.ToString(System.Globalization.CultureInfo.InvariantCulture), limit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_CountersBetweenScrapes_NeverGoDown()
    {
        var registry = Prometheus.Metrics.NewCustomRegistry();
        _ = new ProcessMetrics(registry);

        var first = await MetricsScrape.CollectAsync(registry);
        GC.Collect(0);
        var second = await MetricsScrape.CollectAsync(registry);

        Assert.True(second.Value("dotnet_gc_collections_total", ("generation", "0")) > first.Value("dotnet_gc_collections_total", ("generation", "0")));
        Assert.True(second.Value("dotnet_gc_allocated_bytes_total") >= first.Value("dotnet_gc_allocated_bytes_total"));
        Assert.True(second.Value("process_cpu_seconds_total") >= first.Value("process_cpu_seconds_total"));
    }
}
