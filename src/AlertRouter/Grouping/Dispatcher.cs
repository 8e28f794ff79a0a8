using System.Diagnostics;
using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Health;
using AlertRouter.Inhibition;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Grouping;

/// <summary>
/// Flushes due aggregation groups: claim (leased to this replica) → plan against the serving config → write the
/// decisions, the next timers and the queued notifications in one store transaction. Timers live in the store, so
/// after a restart the loop simply resumes with whatever is due.
/// </summary>
internal sealed class Dispatcher(
    IGroupStore store,
    IRouterConfigProvider config,
    AlertCache cache,
    PipelineMetrics metrics,
    DispatcherWakeup wakeup,
    DeliveryWakeup delivery,
    WorkerRegistry workers,
    IOptions<DispatcherOptions> options,
    IOptions<AlertRouterOptions> host,
    IOptions<Retention> retention,
    TimeProvider time,
    ILogger<Dispatcher> logger) : BackgroundService
{
    private const int ChunkSize = 250;

    private DateTimeOffset _lastGauges;

    public DateTimeOffset? LastBatchAt { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var owner = host.Value.EffectiveReplicaId;
        await WorkerLoop.RunAsync("dispatcher", workers, time, ct => RunBatchAsync(owner, ct), IdleAsync, logger.BatchFailed,
            stopping: null, stoppingToken);
    }

    /// <summary>One batch; returns the number of groups flushed.</summary>
    public async Task<int> RunBatchAsync(string owner, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var due = await store.ClaimDueAsync(owner, now, o.LeaseDuration, o.BatchSize, ct);
        await cache.RefreshAsync(ct);
        var snapshot = config.Current;
        var inhibition = Inhibitor.Snapshot(snapshot.InhibitRules, snapshot.InhibitRules.Count == 0 ? [] : cache.Unresolved(now), now);
        if (due.Count == 0)
        {
            // Gauges only while idle: a pass over every cached alert has no place on the flush path.
            await UpdateGaugesAsync(snapshot, inhibition, now, ct);
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var nflog = await store.GetNflogAsync([.. due.Select(g => g.GroupKey)], ct);
        var plan = await PlanAndCompleteAsync(owner, due, snapshot, nflog, inhibition, now, ct);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Batch(plan, elapsed);
        LastBatchAt = now;
        logger.Flushed(due.Count, plan.Notifications, elapsed.TotalMilliseconds);
        if (plan.Notifications > 0)
        {
            delivery.Signal.Set();
        }

        return due.Count;
    }

    /// <summary>
    /// Plans the batch in chunks and hands each chunk's writes to the store while the next chunk is planned: the
    /// planning (and the store's payload serialization) overlaps the previous chunk's writes instead of waiting for
    /// them. At most two chunks are in the store at once; each is its own write, and every group's flush is
    /// independent of the others', so a chunk that fails leaves its groups due for the next batch.
    /// </summary>
    private async Task<FlushPlan> PlanAndCompleteAsync(string owner, IReadOnlyList<DueGroup> due, RouterConfig snapshot,
        IReadOnlyDictionary<NflogKey, NflogEntry> nflog, InhibitionSnapshot inhibition, DateTimeOffset now, CancellationToken ct)
    {
        var plans = new List<FlushPlan>();
        Task previous = Task.CompletedTask;
        try
        {
            foreach (var chunk in due.Chunk(ChunkSize))
            {
                var plan = FlushPlanner.Plan(chunk, snapshot, m => cache.Get(m.Fingerprint), nflog, inhibition, now);
                var completing = store.CompleteFlushAsync(owner, plan.Results, ct);
                var done = previous;
                previous = completing;
                await done;
                plans.Add(plan);
            }

            await previous;
        }
        catch
        {
            // Observe the chunk still in the store before reporting the failure (its leases are released there).
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        return FlushPlan.Combine(plans);
    }

    private async Task IdleAsync(CancellationToken ct)
    {
        var next = await store.NextFlushAsync(ct);
        var wait = options.Value.MaxIdle;
        if (next is { } at && at - time.GetUtcNow() < wait)
        {
            wait = at - time.GetUtcNow();
        }

        await wakeup.Signal.WaitAsync(wait, time, ct);
    }

    // Gauges are recomputed at most every few seconds: a full pass over the cached alerts is cheap but not free.
    private async Task UpdateGaugesAsync(RouterConfig snapshot, InhibitionSnapshot inhibition, DateTimeOffset now, CancellationToken ct)
    {
        if (now - _lastGauges < TimeSpan.FromSeconds(5))
        {
            return;
        }

        _lastGauges = now;
        long active = 0, suppressed = 0;
        foreach (var alert in cache.Unresolved(now))
        {
            var muted = inhibition.Check(alert.Labels) is not null || Suppression.IsMuted(snapshot, alert.Labels, now);
            _ = muted ? suppressed++ : active++;
        }

        (metrics.Active, metrics.Suppressed) = (active, suppressed);
        metrics.Groups = (await store.StatsAsync(ct)).Groups;
        cache.Prune(now - retention.Value.ResolvedAlerts);
    }
}
