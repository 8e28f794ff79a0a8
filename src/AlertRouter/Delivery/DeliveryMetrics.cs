using System.Collections.Concurrent;
using AlertRouter.Config;
using AlertRouter.Metrics;
using AlertRouter.Notifiers;
using AlertRouter.Store;
using Prometheus;

namespace AlertRouter.Delivery;

/// <summary>
/// Delivery metrics. Labels are the configured receiver and the integration type (bounded by the config; never a
/// value taken from an alert). Counters are pre-initialised to 0 for every configured pair.
/// </summary>
internal sealed class DeliveryMetrics
{
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    // Label names in sorted order, as the exposition has always listed them.
    private static readonly string[] PairLabels = ["integration", "receiver"];
    private readonly Counter _notifications;
    private readonly Counter _failed;
    private readonly Counter _requests;
    private readonly Counter _requestsFailed;
    private readonly Counter _retries;
    private readonly Counter _rateLimitWaits;
    private readonly Counter _leasesLost;
    private readonly Histogram _latency;
    private readonly Gauge _oldestAge;
    private readonly ReportedGauge _depth;
    private readonly ReportedGauge _deadLetters;
    private readonly ReportedGauge _circuitState;
    private readonly ConcurrentDictionary<(string, string), byte> _pairs = new();

    public DeliveryMetrics(CollectorRegistry registry, LaneRegistry lanes)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(registry);
        _notifications = metrics.CreateCounter("alertrouter_notifications_total", "Notifications processed for delivery, by receiver and integration.", PairLabels);
        _failed = metrics.CreateCounter("alertrouter_notifications_failed_total", "Deliveries that failed (retry scheduled or dead letter), by reason.",
            "integration", "reason", "receiver");
        _requests = metrics.CreateCounter("alertrouter_notification_requests_total", "Delivery attempts (HTTP requests or SMTP sessions).", PairLabels);
        _requestsFailed = metrics.CreateCounter("alertrouter_notification_requests_failed_total", "Delivery attempts that failed.", PairLabels);
        _retries = metrics.CreateCounter("alertrouter_delivery_retries_total", "Retries: fast retries inside a delivery and queue reschedules after a failure.", PairLabels);
        _rateLimitWaits = metrics.CreateCounter("alertrouter_rate_limit_waits_total", "Sends held back by pacing or a server's Retry-After.", PairLabels);
        _leasesLost = metrics.CreateCounter("alertrouter_delivery_leases_lost_total",
            "Deliveries this replica stopped because it stalled past its lease and another replica may have taken them over.", PairLabels);
        _latency = metrics.CreateHistogram("alertrouter_notification_latency_seconds", "Duration of one delivery attempt.",
            new HistogramConfiguration { Buckets = LatencyBuckets, LabelNames = PairLabels, SuppressInitialValue = true });
        _depth = new ReportedGauge(metrics.CreateGauge("alertrouter_delivery_queue_depth", "Notifications waiting or being sent.", PairLabels));
        _oldestAge = metrics.CreateGauge("alertrouter_delivery_queue_oldest_age_seconds",
            "Age of the oldest notification still waiting for delivery (0 when the queue is empty).");
        _deadLetters = new ReportedGauge(metrics.CreateGauge("alertrouter_dead_letters", "Notifications that gave up and wait for a replay.", PairLabels));
        _circuitState = new ReportedGauge(metrics.CreateGauge("alertrouter_circuit_state",
            "Circuit breaker per receiver and integration: 0 closed, 1 half-open, 2 open.", PairLabels));
        registry.AddBeforeCollectCallback(() =>
        {
            _depth.Report(Gauge(Stats.Depth));
            _deadLetters.Report(Gauge(Stats.DeadLetters));
            _oldestAge.Set(Stats.OldestAge.TotalSeconds);
            _circuitState.Report(_pairs.Keys.Select(p => (Labels(p.Item1, p.Item2), (double)lanes.CircuitState(p.Item1, p.Item2))));
        });
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

                var labels = Labels(receiver.Name, type);
                _notifications.WithLabels(labels);
                _requests.WithLabels(labels);
                _requestsFailed.WithLabels(labels);
                _retries.WithLabels(labels);
                _rateLimitWaits.WithLabels(labels);
                _leasesLost.WithLabels(labels);
                foreach (var reason in FailureReasons.All)
                {
                    _failed.WithLabels(type, reason.Label(), receiver.Name);
                }
            }
        }
    }

    public void Notification(string receiver, string type) => _notifications.WithLabels(Labels(receiver, type)).Inc();

    public void Failed(string receiver, string type, FailureReason reason) => _failed.WithLabels(type, reason.Label(), receiver).Inc();

    public void Request(string receiver, string type, TimeSpan duration, bool failed)
    {
        _requests.WithLabels(Labels(receiver, type)).Inc();
        if (failed)
        {
            _requestsFailed.WithLabels(Labels(receiver, type)).Inc();
        }

        _latency.WithLabels(Labels(receiver, type)).Observe(duration.TotalSeconds);
    }

    public void Retry(string receiver, string type) => _retries.WithLabels(Labels(receiver, type)).Inc();

    public void RateLimitWait(string receiver, string type) => _rateLimitWaits.WithLabels(Labels(receiver, type)).Inc();

    public void LeaseLost(string receiver, string type) => _leasesLost.WithLabels(Labels(receiver, type)).Inc();

    private IEnumerable<(string[] Labels, double Value)> Gauge(IReadOnlyDictionary<(string Receiver, string Integration), int> values)
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

        return byType.Select(p => (Labels(p.Key.Item1, p.Key.Item2), (double)p.Value));
    }

    private static string[] Labels(string receiver, string type) => [type, receiver];
}
