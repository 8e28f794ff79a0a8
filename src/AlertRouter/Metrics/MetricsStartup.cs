using AlertRouter.Core;

namespace AlertRouter.Metrics;

/// <summary>
/// Registered before every other hosted service so the host constructs the exporter, and attaches its listener, before
/// any stage builds its instruments: a measurement made with no listener attached (such as the <c>Add(0, tags)</c>
/// that pre-initialises a series) is lost for good.
/// </summary>
internal sealed class MetricsStartup(PrometheusExporter exporter, BuildInfoMetric buildInfo, ILogger<MetricsStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.ExporterStarted(exporter.FamilyCount, BuildInfo.Version, buildInfo.Replica);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
