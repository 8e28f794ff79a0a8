using System.Diagnostics.Metrics;

namespace AlertRouter.Intake;

internal sealed class IntakeMetrics
{
    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _alerts;
    private readonly Histogram<double> _duration;

    public IntakeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Metrics.AlertRouterMeter.Name);
        _webhooks = meter.CreateCounter<long>("alertrouter_webhooks_received_total", description: "Webhooks received, by outcome.");
        _alerts = meter.CreateCounter<long>("alertrouter_alerts_received_total", description: "Alerts in accepted webhooks, by status.");
        _duration = meter.CreateHistogram<double>("alertrouter_intake_duration_seconds", unit: "s",
            description: "Time from request to answer, durable commit included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        foreach (var outcome in IntakeOutcomeLabel.All)
        {
            _webhooks.Add(0, new KeyValuePair<string, object?>("outcome", outcome));
        }

        _alerts.Add(0, new KeyValuePair<string, object?>("status", "firing"));
        _alerts.Add(0, new KeyValuePair<string, object?>("status", "resolved"));
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
        _webhooks.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _duration.Record(elapsed.TotalSeconds);
    }

    public void Alerts(int firing, int resolved)
    {
        Interlocked.Add(ref _alertsReceived, firing + resolved);
        _alerts.Add(firing, new KeyValuePair<string, object?>("status", "firing"));
        _alerts.Add(resolved, new KeyValuePair<string, object?>("status", "resolved"));
    }
}
