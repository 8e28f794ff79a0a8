using System.Diagnostics.Metrics;
using AlertRouter.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Metrics;

public class PrometheusExporterRegistrationTests
{
    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    [Fact]
    public void Scrape_MeterAndInstrumentCreatedAfterExporterStarted_Exported()
    {
        using var metrics = new MetricsHarness();
        Assert.Equal("", metrics.Scrape());

        var meter = metrics.Factory.Create(new MeterOptions(AlertRouterMeter.Name) { Version = "2" });
        meter.CreateCounter<long>("alertrouter_late_total", description: "Late.").Add(4);

        Assert.Equal(4, metrics.Parse().Value("alertrouter_late_total"));
    }

    [Fact]
    public void Scrape_InstrumentCreatedBeforeExporter_ExportedFromThenOn()
    {
        Counter<long>? counter = null;
        using var metrics = new MetricsHarness(beforeExporter: meter =>
        {
            counter = meter.CreateCounter<long>("alertrouter_early_total", description: "Early.");
            counter.Add(5);
        });

        counter!.Add(1);

        Assert.Equal(1, metrics.Parse().Value("alertrouter_early_total"));
    }

    [Fact]
    public void Scrape_MetersDisposedWithTheirFactory_FamiliesDisappear()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var exporter = new PrometheusExporter(factory, new ListLogger<PrometheusExporter>());
        factory.Create(AlertRouterMeter.Name).CreateCounter<long>("alertrouter_short_lived_total", description: "x").Add(1);
        var before = exporter.Scrape();

        services.Dispose();

        Assert.Contains("alertrouter_short_lived_total 1", before, StringComparison.Ordinal);
        Assert.Equal("", exporter.Scrape());
        Assert.Equal(0, exporter.FamilyCount);
    }

    [Fact]
    public void Scrape_MetersOfOtherNameOrOtherFactory_Ignored()
    {
        using var metrics = new MetricsHarness();
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var unscoped = new Meter(AlertRouterMeter.Name);

        metrics.Factory.Create("Microsoft.AspNetCore.Hosting").CreateCounter<long>("http_requests_total").Add(1);
        other.GetRequiredService<IMeterFactory>().Create(AlertRouterMeter.Name).CreateCounter<long>("alertrouter_other_host_total").Add(1);
        unscoped.CreateCounter<long>("alertrouter_unscoped_total").Add(1);
        metrics.Meter.CreateCounter<long>("alertrouter_mine_total", description: "Mine.").Add(1);

        Assert.Equal(["alertrouter_mine_total"], metrics.Parse().Samples.Select(s => s.Name));
    }

    [Fact]
    public void Scrape_InvalidInstrumentName_SkippedAndLoggedOnceWhileOthersExport()
    {
        using var metrics = new MetricsHarness();
        var bad = metrics.Meter.CreateCounter<long>("alertrouter.webhooks.received", description: "Dotted.");
        var unsuffixed = metrics.Meter.CreateCounter<long>("alertrouter_webhooks", description: "No _total.");
        metrics.Meter.CreateCounter<long>("alertrouter_good_total", description: "Good.").Add(1);

        bad.Add(1);
        bad.Add(1);
        unsuffixed.Add(1);
        var scrape = metrics.Parse();

        Assert.Equal(["alertrouter_good_total"], scrape.Samples.Select(s => s.Name));
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9001 && e.Message.Contains("alertrouter.webhooks.received", StringComparison.Ordinal));
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9001 && e.Message.Contains("must end in _total", StringComparison.Ordinal));
    }

    [Fact]
    public void Scrape_InvalidTagKey_SeriesDroppedAndLoggedOnce()
    {
        using var metrics = new MetricsHarness();
        var counter = metrics.Meter.CreateCounter<long>("alertrouter_tagged_total", description: "Tagged.");

        counter.Add(1, Tag("receiverName", "ops"));
        counter.Add(1, Tag("receiverName", "ops"));
        counter.Add(1, Tag("le", "1"));
        counter.Add(2, Tag("receiver", "ops"));

        var scrape = metrics.Parse();
        Assert.Equal(2, scrape.Value("alertrouter_tagged_total", ("receiver", "ops")));
        Assert.Single(scrape.Samples);
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9002);
    }

    [Fact]
    public void Scrape_SameNameSameShapeFromTwoMeters_OneFamilySummed()
    {
        using var metrics = new MetricsHarness();
        var other = metrics.Factory.Create(new MeterOptions(AlertRouterMeter.Name) { Version = "other" });

        metrics.Meter.CreateCounter<long>("alertrouter_shared_total", description: "Shared.").Add(2);
        other.CreateCounter<long>("alertrouter_shared_total", description: "Shared.").Add(3);

        var text = metrics.Scrape();
        Assert.Equal(5, AlertRouter.TestSupport.MetricsScrape.Parse(text).Value("alertrouter_shared_total"));
        Assert.Single(text.Split('\n'), l => l.StartsWith("# TYPE", StringComparison.Ordinal));
    }

    [Fact]
    public void Scrape_SameNameDifferentKind_SecondSkippedAndLogged()
    {
        using var metrics = new MetricsHarness();
        metrics.Meter.CreateGauge<long>("alertrouter_depth", description: "Gauge.").Record(1);
        metrics.Meter.CreateUpDownCounter<long>("alertrouter_depth", description: "UpDown.").Add(5);

        Assert.Equal(1, metrics.Parse().Value("alertrouter_depth"));
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9001 && e.Message.Contains("different kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Scrape_InstrumentNamedLikeProcessMetric_Skipped()
    {
        using var metrics = new MetricsHarness(processMetrics: true);
        metrics.Meter.CreateCounter<double>("process_cpu_seconds_total", description: "Impostor.").Add(1e9);

        var scrape = metrics.Parse();

        Assert.True(scrape.Value("process_cpu_seconds_total") < 1e9);
        Assert.Single(metrics.Logger.Entries, e => e.Id.Id == 9001);
    }
}
