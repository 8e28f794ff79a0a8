using System.Diagnostics.Metrics;
using AlertRouter.Metrics;

namespace AlertRouter.Grouping;

internal sealed class PipelineMetrics
{
    private readonly Counter<long> _suppressed;
    private readonly Counter<long> _flushes;
    private readonly Histogram<double> _duration;

    public PipelineMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(AlertRouterMeter.Name);
        _suppressed = meter.CreateCounter<long>("alertrouter_notifications_suppressed_total",
            description: "Alerts removed from a flush before dedup, by reason (inhibition, mute_time_interval, active_time_interval).");
        _flushes = meter.CreateCounter<long>("alertrouter_flushes_total", description: "Aggregation group flushes.");
        _duration = meter.CreateHistogram<double>("alertrouter_dispatcher_processing_duration_seconds",
            description: "Time to flush one batch of due groups, store writes included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        meter.CreateObservableGauge("alertrouter_aggregation_groups", () => Groups, description: "Aggregation groups in the store.");
        meter.CreateObservableGauge("alertrouter_alerts", () => new[]
        {
            new Measurement<long>(Active, new KeyValuePair<string, object?>("state", "active")),
            new Measurement<long>(Suppressed, new KeyValuePair<string, object?>("state", "suppressed")),
        }, description: "Unresolved alerts: active, or suppressed by inhibition or a time interval.");
        foreach (var reason in new[] { "inhibition", "mute_time_interval", "active_time_interval" })
        {
            _suppressed.Add(0, new KeyValuePair<string, object?>("reason", reason));
        }

        _flushes.Add(0);
    }

    public long Groups { get; set; }

    public long Active { get; set; }

    public long Suppressed { get; set; }

    public void Batch(FlushPlan plan, TimeSpan elapsed)
    {
        _flushes.Add(plan.Results.Count);
        _suppressed.Add(plan.Inhibited, new KeyValuePair<string, object?>("reason", "inhibition"));
        _suppressed.Add(plan.MutedByInterval, new KeyValuePair<string, object?>("reason", "mute_time_interval"));
        _suppressed.Add(plan.OutsideActiveInterval, new KeyValuePair<string, object?>("reason", "active_time_interval"));
        _duration.Record(elapsed.TotalSeconds);
    }
}
