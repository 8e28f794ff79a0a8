using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AlertRouter.Config;
using AlertRouter.Metrics;
using AlertRouter.Notifiers;
using AlertRouter.Store;

namespace AlertRouter.Delivery;

/// <summary>
/// Delivery metrics. Labels are the configured receiver and the integration type (bounded by the config; never a
/// value taken from an alert). Counters are pre-initialised to 0 for every configured pair.
/// </summary>
internal sealed class DeliveryMetrics
{
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    private readonly Counter<long> _notifications;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _requestsFailed;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<long> _leasesLost;
    private readonly Histogram<double> _latency;
    private readonly ConcurrentDictionary<(string, string), byte> _pairs = new();

    public DeliveryMetrics(IMeterFactory meters, LaneRegistry lanes)
    {
        var meter = meters.Create(AlertRouterMeter.Name);
        _notifications = meter.CreateCounter<long>("alertrouter_notifications_total", description: "Notifications processed for delivery, by receiver and integration.");
        _failed = meter.CreateCounter<long>("alertrouter_notifications_failed_total", description: "Deliveries that failed (retry scheduled or dead letter), by reason.");
        _requests = meter.CreateCounter<long>("alertrouter_notification_requests_total", description: "Delivery attempts (HTTP requests or SMTP sessions).");
        _requestsFailed = meter.CreateCounter<long>("alertrouter_notification_requests_failed_total", description: "Delivery attempts that failed.");
        _retries = meter.CreateCounter<long>("alertrouter_delivery_retries_total", description: "Retries: fast retries inside a delivery and queue reschedules after a failure.");
        _rateLimitWaits = meter.CreateCounter<long>("alertrouter_rate_limit_waits_total", description: "Sends held back by pacing or a server's Retry-After.");
        _leasesLost = meter.CreateCounter<long>("alertrouter_delivery_leases_lost_total",
            description: "Deliveries this replica stopped because it stalled past its lease and another replica may have taken them over.");
        _latency = meter.CreateHistogram<double>("alertrouter_notification_latency_seconds", description: "Duration of one delivery attempt.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        meter.CreateObservableGauge("alertrouter_delivery_queue_depth", () => Gauge(Stats.Depth), description: "Notifications waiting or being sent.");
        meter.CreateObservableGauge("alertrouter_delivery_queue_oldest_age_seconds", () => Stats.OldestAge.TotalSeconds,
            description: "Age of the oldest notification still waiting for delivery (0 when the queue is empty).");
        meter.CreateObservableGauge("alertrouter_dead_letters", () => Gauge(Stats.DeadLetters), description: "Notifications that gave up and wait for a replay.");
        meter.CreateObservableGauge("alertrouter_circuit_state", () => _pairs.Keys.Select(p =>
                new Measurement<int>(lanes.CircuitState(p.Item1, p.Item2), Tags(p.Item1, p.Item2))),
            description: "Circuit breaker per receiver and integration: 0 closed, 1 half-open, 2 open.");
    }

    /// <summary>The latest queue statistics (refreshed by the delivery worker).</summary>
    public QueueStats Stats { get; set; } = new(new Dictionary<(string, string), int>(), new Dictionary<(string, string), int>(), TimeSpan.Zero);

    /// <summary>Creates the 0-valued series for every configured receiver/integration pair.</summary>
    public void Initialise(RouterConfig config)
    {
        foreach (var receiver in config.ReceiverList)
        {
            foreach (var type in receiver.Integrations.Select(i => i.Type).Distinct())
            {
                if (!_pairs.TryAdd((receiver.Name, type), 0))
                {
                    continue;
                }

                var tags = Tags(receiver.Name, type);
                _notifications.Add(0, tags);
                _requests.Add(0, tags);
                _requestsFailed.Add(0, tags);
                _retries.Add(0, tags);
                _rateLimitWaits.Add(0, tags);
                _leasesLost.Add(0, tags);
                foreach (var reason in FailureReasons.All)
                {
                    _failed.Add(0, [.. tags, new KeyValuePair<string, object?>("reason", reason.Label())]);
                }
            }
        }
    }

    public void Notification(string receiver, string type) => _notifications.Add(1, Tags(receiver, type));

    public void Failed(string receiver, string type, FailureReason reason) =>
        _failed.Add(1, [.. Tags(receiver, type), new KeyValuePair<string, object?>("reason", reason.Label())]);

    public void Request(string receiver, string type, TimeSpan duration, bool failed)
    {
        _requests.Add(1, Tags(receiver, type));
        if (failed)
        {
            _requestsFailed.Add(1, Tags(receiver, type));
        }

        _latency.Record(duration.TotalSeconds, Tags(receiver, type));
    }

    public void Retry(string receiver, string type) => _retries.Add(1, Tags(receiver, type));

    public void RateLimitWait(string receiver, string type) => _rateLimitWaits.Add(1, Tags(receiver, type));

    public void LeaseLost(string receiver, string type) => _leasesLost.Add(1, Tags(receiver, type));

    private IEnumerable<Measurement<int>> Gauge(IReadOnlyDictionary<(string Receiver, string Integration), int> values)
    {
        var byType = new Dictionary<(string, string), int>();
        foreach (var pair in _pairs.Keys)
        {
            byType[pair] = 0;
        }

        foreach (var ((receiver, integration), count) in values)
        {
            var key = (receiver, LaneRegistry.TypeOf(integration));
            byType[key] = byType.GetValueOrDefault(key) + count;
        }

        return byType.Select(p => new Measurement<int>(p.Value, Tags(p.Key.Item1, p.Key.Item2)));
    }

    private static KeyValuePair<string, object?>[] Tags(string receiver, string type) =>
        [new("receiver", receiver), new("integration", type)];
}
