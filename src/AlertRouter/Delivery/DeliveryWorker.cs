using System.Collections.Concurrent;
using AlertRouter.Config;
using AlertRouter.Grouping;
using AlertRouter.Health;
using AlertRouter.Hosting;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>
/// Drains the durable queue: claims due notifications (never for a lane that is full, so one slow endpoint cannot
/// occupy the workers), delivers each on its lane, and refreshes the queue gauges. On shutdown it stops claiming and
/// lets in-flight deliveries finish and record their outcome.
/// </summary>
internal sealed class DeliveryWorker(
    INotificationStore store,
    LaneRegistry lanes,
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
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private DateTimeOffset _lastStats;

    public int InFlight => _inFlight.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Initialise(config.Current);
        using var reloads = config.Subscribe(metrics.Initialise);
        if (!options.Value.Enabled)
        {
            return;
        }

        var owner = host.Value.EffectiveReplicaId;
        workers.Report("delivery", up: true);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await MaintainAsync(stoppingToken);
                    if (await ClaimAsync(owner, stoppingToken) == 0)
                    {
                        await IdleAsync(stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LoopFailed(e);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_inFlight.Keys);
            workers.Report("delivery", up: false, "stopped");
        }
    }

    /// <summary>Delivers everything due now, one by one, and returns how many were processed (tests and tools).</summary>
    public async Task<int> DeliverDueAsync(string owner, CancellationToken ct)
    {
        metrics.Stats = await store.StatsAsync(time.GetUtcNow(), ct);
        var total = 0;
        while (true)
        {
            var claimed = await store.ClaimAsync(owner, time.GetUtcNow(), options.Value.LeaseDuration, 1, [], ct);
            if (claimed.Count == 0)
            {
                metrics.Stats = await store.StatsAsync(time.GetUtcNow(), ct);
                return total;
            }

            var lane = lanes.Get(claimed[0].Receiver, claimed[0].Integration);
            await processor.ProcessAsync(owner, claimed[0], lane, ct);
            total++;
        }
    }

    private async Task<int> ClaimAsync(string owner, CancellationToken ct)
    {
        var capacity = options.Value.MaxInFlight - _inFlight.Count;
        if (capacity <= 0)
        {
            return 0;
        }

        var claimed = await store.ClaimAsync(owner, time.GetUtcNow(), options.Value.LeaseDuration, capacity, lanes.Busy, ct);
        foreach (var notification in claimed)
        {
            var lane = lanes.Get(notification.Receiver, notification.Integration);
            if (!lane.TryEnter())
            {
                // More came back for this lane than it has slots: hand the rest back at once.
                await store.CompleteAsync(owner, new DeliveryCompletion(notification.Id, DeliveryState.Pending, time.GetUtcNow()), CancellationToken.None);
                continue;
            }

            var task = RunAsync(owner, notification, lane);
            _inFlight.TryAdd(task, 0);
            _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
        }

        return claimed.Count;
    }

    // A delivery runs to completion even when shutdown starts: its outcome must be recorded either way.
    private async Task RunAsync(string owner, ClaimedNotification notification, Lane lane)
    {
        await Task.Yield();
        try
        {
            await processor.ProcessAsync(owner, notification, lane, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LoopFailed(e);
        }
        finally
        {
            lane.Exit();
            wakeup.Signal.Set();
        }
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

    private async Task MaintainAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - _lastStats >= TimeSpan.FromSeconds(5))
        {
            _lastStats = now;
            metrics.Stats = await store.StatsAsync(now, ct);
        }
    }
}
