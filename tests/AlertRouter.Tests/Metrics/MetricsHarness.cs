using System.Diagnostics.Metrics;
using AlertRouter.Metrics;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Metrics;

/// <summary>An exporter over its own meter factory (as a host has), without process metrics unless asked.</summary>
internal sealed class MetricsHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public MetricsHarness(bool processMetrics = false, Action<Meter>? beforeExporter = null)
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Factory = _services.GetRequiredService<IMeterFactory>();
        Meter = Factory.Create(AlertRouterMeter.Name);
        beforeExporter?.Invoke(Meter);
        Exporter = new PrometheusExporter(Factory, Logger, processMetrics ? new ProcessMetrics() : null);
    }

    public IMeterFactory Factory { get; }

    public Meter Meter { get; }

    public ListLogger<PrometheusExporter> Logger { get; } = new();

    public PrometheusExporter Exporter { get; }

    public string Scrape() => Exporter.Scrape();

    public MetricsScrape Parse() => MetricsScrape.Parse(Exporter.Scrape());

    public void Dispose()
    {
        Exporter.Dispose();
        _services.Dispose();
    }
}
