using Prometheus;

namespace AlertRouter.Intake;

internal sealed class IntakeMetrics
{
    private readonly Counter _webhooks;
    private readonly Counter _alerts;
    private readonly Histogram _duration;

    public IntakeMetrics(CollectorRegistry registry)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(registry);
        _webhooks = metrics.CreateCounter("alertrouter_webhooks_received_total", "Webhooks received, by outcome.", "outcome");
        _alerts = metrics.CreateCounter("alertrouter_alerts_received_total", "Alerts in accepted webhooks, by status.", "status");
        _duration = metrics.CreateHistogram("alertrouter_intake_duration_seconds", "Time from request to answer, durable commit included.",
            new HistogramConfiguration { Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], SuppressInitialValue = true });
        foreach (var outcome in IntakeOutcomeLabel.All)
        {
            _webhooks.WithLabels(outcome);
        }

        _alerts.WithLabels("firing");
        _alerts.WithLabels("resolved");
    }

    private long _accepted;
    private long _rejected;
    private long _alertsReceived;

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long AlertsReceived => Interlocked.Read(ref _alertsReceived);

    public void Webhook(string outcome, TimeSpan elapsed)
    {
        Interlocked.Increment(ref outcome is IntakeOutcomeLabel.Accepted or IntakeOutcomeLabel.Duplicate ? ref _accepted : ref _rejected);
        _webhooks.WithLabels(outcome).Inc();
        _duration.Observe(elapsed.TotalSeconds);
    }

    public void Alerts(int firing, int resolved)
    {
        Interlocked.Add(ref _alertsReceived, firing + resolved);
        _alerts.WithLabels("firing").Inc(firing);
        _alerts.WithLabels("resolved").Inc(resolved);
    }
}
