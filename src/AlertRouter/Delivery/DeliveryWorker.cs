using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Health;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>
/// Drains the durable queue: claims due notifications — never more than a lane can start or hold waiting, so one slow
/// endpoint cannot occupy the workers — hands them to the <see cref="LaneRunner"/>, and refreshes the queue gauges.
/// On shutdown it stops claiming and lets in-flight deliveries finish and record their outcome.
/// </summary>
internal sealed class DeliveryWorker(
    INotificationStore store,
    LaneRegistry lanes,
    LaneRunner runner,
    DeliveryLeases leases,
    DeliveryProcessor processor,
    DeliveryMetrics metrics,
    IRouterConfigProvider config,
    DeliveryWakeup wakeup,
    WorkerRegistry workers,
    IOptions<DeliveryOptions> options,
    IOptions<AlertRouterOptions> host,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{

    public int InFlight => runner.InFlight;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Initialise(config.Current);
        using var reloads = config.Subscribe(metrics.Initialise);
        if (!options.Value.Enabled)
        {
            return;
        }

        var owner = host.Value.EffectiveReplicaId;
        var recovered = false;
        async Task<int> StepAsync(CancellationToken ct)
        {
            if (!recovered)
            {
                // What this replica was sending when it last died is due now, not when its lease runs out
                // (in the loop, so a store that is not reachable yet is retried like any other failure).
                await store.RecoverOwnAsync(owner, time.GetUtcNow(), ct);
                recovered = true;
            }

            return await ClaimAsync(owner, ct);
        }

        // Leases are renewed until the last in-flight delivery has recorded its outcome, shutdown included.
        using var renewing = new CancellationTokenSource();
        var keeping = leases.KeepAsync(owner, renewing.Token);
        try
        {
            await WorkerLoop.RunAsync("delivery", workers, time, StepAsync, IdleAsync, logger.LoopFailed,
                stopping: () => runner.StopAsync(owner, lanes.All), stoppingToken);
        }
        finally
        {
            await renewing.CancelAsync();
            await keeping;
        }
    }

    /// <summary>Delivers everything due now, one by one, and returns how many were processed (tests and tools).</summary>
    public async Task<int> DeliverDueAsync(string owner, CancellationToken ct)
    {
        metrics.Stats = await store.StatsAsync(time.GetUtcNow(), ct);
        var total = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var claimed = await store.ClaimAsync(owner, now, options.Value.LeaseDuration, 1, [], ct);
            if (claimed.Count == 0)
            {
                metrics.Stats = await store.StatsAsync(time.GetUtcNow(), ct);
                return total;
            }

            var lane = lanes.Get(claimed[0].Receiver, claimed[0].Integration);
            leases.Track(claimed, now);
            try
            {
                await processor.ProcessAsync(owner, claimed[0], lane, ct);
            }
            finally
            {
                leases.Release(claimed[0].Id);
            }

            total++;
        }
    }

    private async Task<int> ClaimAsync(string owner, CancellationToken ct)
    {
        // Waiting notifications do not count here: each lane holds at most its concurrency of them, and counting them
        // would let a hung lane's backlog use up the capacity other lanes need.
        var capacity = options.Value.MaxInFlight - runner.InFlight;
        if (capacity <= 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var claimed = await store.ClaimAsync(owner, now, options.Value.LeaseDuration, capacity, lanes.ClaimSlots, lanes.ClaimPerLane, ct);
        leases.Track(claimed, now);
        foreach (var notification in claimed)
        {
            await runner.AcceptAsync(owner, notification, lanes.Get(notification.Receiver, notification.Integration));
        }

        return claimed.Count;
    }

    // Nothing was claimed. Either nothing is due (sleep until the next attempt, at most 1 s), or what is due cannot be
    // claimed now (its lane is full, its group is being sent, or every worker slot is taken): a finishing delivery
    // sets the wakeup, so wait for that rather than spin on the store.
    private async Task IdleAsync(CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(1);
        var now = time.GetUtcNow();
        if (await store.NextAttemptAsync(ct) is { } next && next > now && next - now < wait)
        {
            wait = next - now;
        }

        await wakeup.Signal.WaitAsync(wait, time, ct);
    }
}
