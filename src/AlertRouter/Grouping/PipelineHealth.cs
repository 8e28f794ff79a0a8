using AlertRouter.Health;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>
/// The "pipeline" health component: degraded when a group's flush is overdue by more than a minute (the dispatcher
/// is stuck or far behind).
/// </summary>
internal sealed class PipelineHealth(IGroupStore store, PipelineMetrics metrics, Dispatcher dispatcher, TimeProvider time) : IHealthContributor
{
    private static readonly TimeSpan Overdue = TimeSpan.FromMinutes(1);

    public async ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (groups, earliest) = await store.StatsAsync(ct);
        var lag = earliest is { } at && at < now ? now - at : TimeSpan.Zero;
        var issues = lag > Overdue ? new[] { $"flushes are {lag.TotalSeconds:F0}s behind" } : [];
        var details = new Dictionary<string, object?>
        {
            ["aggregation_groups"] = groups,
            ["flush_lag_seconds"] = Math.Round(lag.TotalSeconds, 3),
            ["last_batch_at"] = dispatcher.LastBatchAt?.ToString("O"),
            ["active_alerts"] = metrics.Active,
            ["suppressed_alerts"] = metrics.Suppressed,
        };
        return new HealthComponent("pipeline", issues.Length == 0 ? HealthStatus.Healthy : HealthStatus.Degraded, details, issues)
        {
            Headline = new Dictionary<string, double> { ["aggregation_groups"] = groups, ["active_alerts"] = metrics.Active },
        };
    }
}
