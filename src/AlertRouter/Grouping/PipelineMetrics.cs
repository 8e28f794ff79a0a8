using Prometheus;

namespace AlertRouter.Grouping;

internal sealed class PipelineMetrics
{
    private readonly Counter _suppressed;
    private readonly Counter _flushes;
    private readonly Histogram _duration;
    private readonly Gauge _groups;
    private readonly Gauge.Child _active;
    private readonly Gauge.Child _suppressedAlerts;

    public PipelineMetrics(CollectorRegistry registry)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(registry);
        _suppressed = metrics.CreateCounter("alertrouter_notifications_suppressed_total",
            "Alerts removed from a flush before dedup, by reason (inhibition, mute_time_interval, active_time_interval).", "reason");
        _flushes = metrics.CreateCounter("alertrouter_flushes_total", "Aggregation group flushes.");
        _duration = metrics.CreateHistogram("alertrouter_dispatcher_processing_duration_seconds",
            "Time to flush one batch of due groups, store writes included.",
            new HistogramConfiguration { Buckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], SuppressInitialValue = true });
        _groups = metrics.CreateGauge("alertrouter_aggregation_groups", "Aggregation groups in the store.");
        var alerts = metrics.CreateGauge("alertrouter_alerts", "Unresolved alerts: active, or suppressed by inhibition or a time interval.", "state");
        _active = alerts.WithLabels("active");
        _suppressedAlerts = alerts.WithLabels("suppressed");
        foreach (var reason in new[] { "inhibition", "mute_time_interval", "active_time_interval" })
        {
            _suppressed.WithLabels(reason);
        }
    }

    public long Groups
    {
        get => (long)_groups.Value;
        set => _groups.Set(value);
    }

    public long Active
    {
        get => (long)_active.Value;
        set => _active.Set(value);
    }

    public long Suppressed
    {
        get => (long)_suppressedAlerts.Value;
        set => _suppressedAlerts.Set(value);
    }

    public void Batch(FlushPlan plan, TimeSpan elapsed)
    {
        _flushes.Inc(plan.Results.Count);
        _suppressed.WithLabels("inhibition").Inc(plan.Inhibited);
        _suppressed.WithLabels("mute_time_interval").Inc(plan.MutedByInterval);
        _suppressed.WithLabels("active_time_interval").Inc(plan.OutsideActiveInterval);
        _duration.Observe(elapsed.TotalSeconds);
    }
}
