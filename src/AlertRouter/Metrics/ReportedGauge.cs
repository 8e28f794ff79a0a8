using Prometheus;

namespace AlertRouter.Metrics;

/// <summary>
/// A labelled gauge that holds exactly the series last reported, as an observable gauge of System.Diagnostics.Metrics
/// did: <see cref="Report"/> sets the given series and removes those it no longer names. prometheus-net has no
/// callback-driven gauge, so call it from <see cref="CollectorRegistry.AddBeforeCollectCallback(Action)"/>.
/// </summary>
internal sealed class ReportedGauge(Gauge gauge)
{
    private readonly Lock _gate = new();
    private Dictionary<string, string[]> _reported = new(StringComparer.Ordinal);

    /// <param name="series">Label values in the gauge's label order, and the value.</param>
    public void Report(IEnumerable<(string[] Labels, double Value)> series)
    {
        lock (_gate)
        {
            var now = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (labels, value) in series)
            {
                gauge.WithLabels(labels).Set(value);
                now[string.Join('\0', labels)] = labels;
            }

            foreach (var (key, labels) in _reported)
            {
                if (!now.ContainsKey(key))
                {
                    gauge.RemoveLabelled(labels);
                }
            }

            _reported = now;
        }
    }
}
