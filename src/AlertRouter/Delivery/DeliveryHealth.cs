using AlertRouter.Config;
using AlertRouter.Health;

namespace AlertRouter.Delivery;

/// <summary>
/// The "receivers" component (degraded while any circuit is open) and the "queue" component (degraded while dead
/// letters exist): both mean pages may not be reaching people.
/// </summary>
internal sealed class ReceiversHealth(LaneRegistry lanes, IRouterConfigProvider config) : IHealthContributor
{
    public ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        // Lanes of receivers a reload removed are left out: nothing will be sent through them again.
        var receivers = config.Current.Receivers;
        var current = lanes.All.Where(l => receivers.TryGetValue(l.Receiver, out var r) && r.Integrations.Any(i => i.Name == l.Integration)).ToList();
        var open = current.Where(l => l.CircuitValue > 0).ToList();
        var details = new Dictionary<string, object?>
        {
            ["integrations"] = current.ToDictionary(l => l.Key, l => (object?)new Dictionary<string, object?>
            {
                ["circuit"] = l.CircuitValue switch { 2 => "open", 1 => "half-open", _ => "closed" },
                ["last_success"] = l.LastSuccess?.ToString("O"),
                ["last_failure"] = l.LastFailure?.ToString("O"),
                ["last_error"] = l.LastError,
            }),
        };
        var issues = open.Select(l => $"circuit {(l.CircuitValue == 2 ? "open" : "half-open")} for {l.Key}: {l.LastError}").ToList();
        return ValueTask.FromResult(new HealthComponent("receivers", issues.Count == 0 ? HealthStatus.Healthy : HealthStatus.Degraded, details, issues));
    }
}

internal sealed class QueueHealth(Store.INotificationStore store, DeliveryWorker worker, TimeProvider time) : IHealthContributor
{
    // Read from the store on each check, not the gauges' cache: right after a replay /health must not still
    // report the dead letter.
    public async ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var stats = await store.StatsAsync(time.GetUtcNow(), ct);
        var dead = stats.DeadLetters.Values.Sum();
        var depth = stats.Depth.Values.Sum();
        var details = new Dictionary<string, object?>
        {
            ["depth"] = depth,
            ["in_flight"] = worker.InFlight,
            ["oldest_age_seconds"] = Math.Round(stats.OldestAge.TotalSeconds, 3),
            ["dead_letters"] = dead,
        };
        var issues = dead > 0 ? new[] { $"{dead} dead letter(s): see GET /api/v1/notifications?state=dead" } : [];
        return new HealthComponent("queue", dead > 0 ? HealthStatus.Degraded : HealthStatus.Healthy, details, issues)
        {
            Headline = new Dictionary<string, double> { ["queue_depth"] = depth, ["dead_letters"] = dead },
        };
    }
}
