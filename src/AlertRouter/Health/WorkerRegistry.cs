using System.Collections.Concurrent;
using Prometheus;

namespace AlertRouter.Health;

/// <summary>
/// Background workers report whether they run; exported as <c>alertrouter_worker_up{worker}</c> and as the
/// "workers" health component, which is unhealthy while any registered worker is down.
/// </summary>
public sealed class WorkerRegistry : IHealthContributor
{
    private readonly ConcurrentDictionary<string, (bool Up, string? Error)> _workers = new(StringComparer.Ordinal);
    private readonly Gauge _up;

    public WorkerRegistry(CollectorRegistry registry)
    {
        _up = Prometheus.Metrics.WithCustomRegistry(registry).CreateGauge("alertrouter_worker_up",
            "1 while a background worker runs, 0 after it stopped or failed.", "worker");
    }

    public void Report(string worker, bool up, string? error = null)
    {
        _workers[worker] = (up, error);
        _up.WithLabels(worker).Set(up ? 1 : 0);
    }

    public ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var down = _workers.Where(w => !w.Value.Up).Select(w => $"worker {w.Key} is down{(w.Value.Error is null ? "" : ": " + w.Value.Error)}").ToList();
        var details = new Dictionary<string, object?> { ["workers"] = _workers.ToDictionary(w => w.Key, w => w.Value.Up ? "up" : "down") };
        return ValueTask.FromResult(new HealthComponent("workers", down.Count == 0 ? HealthStatus.Healthy : HealthStatus.Unhealthy, details, down));
    }
}
