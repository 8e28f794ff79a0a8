using AlertRouter.Core;
using Microsoft.Extensions.Options;
using Prometheus;

namespace AlertRouter.Metrics;

/// <summary><c>alertrouter_build_info{version, replica} 1</c>: joins any series to the build and replica that wrote it.</summary>
internal sealed class BuildInfoMetric
{
    public BuildInfoMetric(CollectorRegistry registry, IOptions<AlertRouterOptions> options)
    {
        Replica = options.Value.EffectiveReplicaId; // the identity that owns this replica's leases
        Prometheus.Metrics.WithCustomRegistry(registry)
            .CreateGauge("alertrouter_build_info", "A metric with a constant '1' value labeled by version and replica.", "replica", "version")
            .WithLabels(Replica, BuildInfo.Version).Set(1);
    }

    public string Replica { get; }
}
