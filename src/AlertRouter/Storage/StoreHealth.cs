using AlertRouter.Core;
using AlertRouter.Health;
using AlertRouter.Storage.Postgres;
using AlertRouter.Storage.Sqlite;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage;

/// <summary>
/// The "store" health component: which store, this replica's role in it and its identity; unhealthy and not ready
/// when a trivial query fails. On PostgreSQL it also lists the replicas sharing the database and flags a replica id
/// used by two processes at once. On SQLite, writes that fail (a full disk) make it unhealthy while reads still work.
/// </summary>
internal sealed class StoreHealth(IAlertStore store, IOptions<StoreOptions> options, IOptions<AlertRouterOptions> host,
    PostgresReplicaRegistry? replicas = null, PostgresDatabase? postgres = null, SqliteWriter? sqlite = null) : IHealthContributor
{
    public async ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var kind = options.Value.Store.ToLowerInvariant();
        var replica = host.Value.EffectiveReplicaId;
        var details = new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["role"] = postgres is null ? "embedded sqlite, single node" : $"shared postgres, replica {replica}",
            ["replica"] = replica,
        };
        var issues = new List<string>();
        if (postgres is not null)
        {
            details["database"] = postgres.Description;
        }

        if (replicas is not null)
        {
            details["replicas"] = replicas.Live;
            if (replicas.Conflict)
            {
                issues.Add($"replica id {replica} is also used by another live process: each replica needs its own AlertRouter:ReplicaId");
            }
        }

        if (sqlite?.Failure is { } failure)
        {
            issues.Add($"writes are failing (intake answers 503 until they succeed): {failure}");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await store.PingAsync(timeout.Token);
            return new HealthComponent("store", issues.Count == 0 ? HealthStatus.Healthy : HealthStatus.Unhealthy, details, issues);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new HealthComponent("store", HealthStatus.Unhealthy, details, [.. issues, $"store unreachable: {e.Message}"])
            {
                NotReady = "store unreachable",
            };
        }
    }
}
