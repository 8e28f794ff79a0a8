using AlertRouter.Metrics;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

public class ProcessMetricsTests
{
    [Fact]
    public void Scrape_WithProcessMetrics_PlausibleValuesAndTypes()
    {
        using var metrics = new MetricsHarness(processMetrics: true);

        var scrape = metrics.Parse();

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
    public void Collect_OnLinux_FileDescriptorsFromProc()
    {
        Assert.True(OperatingSystem.IsLinux(), "the service and its tests run on Linux");
        using var extra = File.OpenRead(typeof(ProcessMetricsTests).Assembly.Location);

        var families = new ProcessMetrics().Collect().ToDictionary(f => f.Name);

        var open = families["process_open_fds"].Samples.Single().Value;
        var max = families["process_max_fds"].Samples.Single().Value;
        Assert.InRange(open, 4, max);
        var limit = File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        Assert.Contains(max.ToString(System.Globalization.CultureInfo.InvariantCulture), limit, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_EveryFamilyName_ReservedAgainstInstruments()
    {
        var names = new ProcessMetrics().Collect().Select(f => f.Name).ToList();

        Assert.All(names, n => Assert.True(ProcessMetrics.Names.Contains(n), n));
        Assert.Equal(ProcessMetrics.Names.Count, names.Count);
    }

    [Fact]
    public void Scrape_ProcessFamilies_SortedAmongInstrumentFamilies()
    {
        using var metrics = new MetricsHarness(processMetrics: true);
        metrics.Meter.CreateCounter<long>("alertrouter_a_total", description: "a").Add(1);
        metrics.Meter.CreateGauge<long>("zz_last", description: "z").Record(1);

        var types = MetricsScrape.Parse(metrics.Scrape()).Types.Keys.ToList();

        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        Assert.Equal("alertrouter_a_total", types[0]);
        Assert.Equal("zz_last", types[^1]);
    }
}
