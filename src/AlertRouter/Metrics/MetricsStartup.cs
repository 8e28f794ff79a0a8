using AlertRouter.Core;

namespace AlertRouter.Metrics;

/// <summary>
/// Builds, as the host starts, the families that no stage depends on: process metrics and build info. Stages build
/// their own metrics on the registry whenever they are constructed; a prometheus-net series exists from its creation,
/// so unlike the System.Diagnostics.Metrics listener before it, nothing here must start first.
/// </summary>
internal sealed class MetricsStartup : IHostedService
{
    private readonly BuildInfoMetric _buildInfo;
    private readonly ILogger<MetricsStartup> _logger;

    // ProcessMetrics registers itself on the registry when built; taking it here is what builds it.
    public MetricsStartup(ProcessMetrics process, BuildInfoMetric buildInfo, ILogger<MetricsStartup> logger)
    {
        _ = process;
        _buildInfo = buildInfo;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.ExporterStarted(BuildInfo.Version, _buildInfo.Replica);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
