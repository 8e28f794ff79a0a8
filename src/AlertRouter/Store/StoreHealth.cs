using AlertRouter.Health;
using Microsoft.Extensions.Options;

namespace AlertRouter.Store;

/// <summary>The "store" health component: unhealthy and not ready when a trivial query fails.</summary>
internal sealed class StoreHealth(IAlertStore store, IOptions<StoreOptions> options) : IHealthContributor
{
    public async ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var details = new Dictionary<string, object?> { ["kind"] = options.Value.Store.ToLowerInvariant() };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await store.PingAsync(timeout.Token);
            return new HealthComponent("store", HealthStatus.Healthy, details, []);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new HealthComponent("store", HealthStatus.Unhealthy, details, [$"store unreachable: {e.Message}"])
            {
                NotReady = "store unreachable",
            };
        }
    }
}
