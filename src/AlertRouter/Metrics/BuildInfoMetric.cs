using System.Diagnostics.Metrics;
using AlertRouter.Core;
using Microsoft.Extensions.Options;

namespace AlertRouter.Metrics;

/// <summary><c>alertrouter_build_info{version, replica} 1</c>: joins any series to the build and replica that wrote it.</summary>
internal sealed class BuildInfoMetric
{
    public BuildInfoMetric(IMeterFactory meters, IOptions<AlertRouterOptions> options)
    {
        Replica = options.Value.EffectiveReplicaId; // the identity that owns this replica's leases
        KeyValuePair<string, object?>[] tags = [new("version", BuildInfo.Version), new("replica", Replica)];

        // Observable, so the series exists at every scrape whenever the exporter started listening.
        meters.Create(AlertRouterMeter.Name).CreateObservableGauge(
            "alertrouter_build_info", () => new Measurement<long>(1, tags), description: "A metric with a constant '1' value labeled by version and replica.");
    }

    public string Replica { get; }
}
