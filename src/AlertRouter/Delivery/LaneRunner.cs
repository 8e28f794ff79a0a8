using System.Collections.Concurrent;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>
/// Runs claimed notifications on their lanes (the bulkheads). One starts at once when its lane has a free slot;
/// otherwise it waits in the lane, up to the lane's concurrency, so the next send starts the moment a slot frees
/// instead of after another claim's round trip to the store; beyond that it goes back to the queue. A slot passes on
/// as soon as the endpoint has answered: recording the outcome does not involve the endpoint and overlaps with the
/// next send.
/// </summary>
internal sealed class LaneRunner(
    DeliveryLeases leases,
    DeliveryProcessor processor,
    DeliveryWakeup wakeup,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<LaneRunner> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private volatile bool _stopping;

    /// <summary>Deliveries started and not yet recorded.</summary>
    public int InFlight => _inFlight.Count;

    public async Task AcceptAsync(string owner, ClaimedNotification notification, Lane lane)
    {
        if (lane.TryEnter())
        {
            Start(owner, notification, lane);
        }
        else if (lane.Waiting < lane.Concurrency)
        {
            lane.Wait(notification, time.GetUtcNow());
            Pump(owner, lane); // a slot may have freed between the two checks
        }
        else
        {
            await HandBackAsync(owner, notification);
        }
    }

    /// <summary>
    /// Shutdown: starts nothing more, lets every started delivery finish and record its outcome (a delivery that
    /// reached the endpoint must not be lost to shutdown), and hands the waiting ones back to the queue.
    /// </summary>
    public async Task StopAsync(string owner, IEnumerable<Lane> lanes)
    {
        _stopping = true;
        while (!_inFlight.IsEmpty)
        {
            await Task.WhenAll(_inFlight.Keys);
        }

        foreach (var lane in lanes)
        {
            while (lane.TryNext(out var waiting))
            {
                await HandBackAsync(owner, waiting.Notification);
            }
        }
    }

    private void Start(string owner, ClaimedNotification notification, Lane lane)
    {
        var task = RunAsync(owner, notification, lane);
        _inFlight.TryAdd(task, 0);
        _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RunAsync(string owner, ClaimedNotification notification, Lane lane)
    {
        await Task.Yield();
        var released = 0;
        var lost = leases.Lost(notification.Id);
        try
        {
            await processor.ProcessAsync(owner, notification, lane, lost, Release);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // The lease was lost mid-delivery (reported where it was found): the new owner records the outcome.
        }
        catch (Exception e)
        {
            logger.LoopFailed(e);
            await RescheduleAfterFailureAsync(owner, notification, e);
        }
        finally
        {
            leases.Release(notification.Id);
            Release();
        }

        void Release()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                PassOn(owner, lane);
                wakeup.Signal.Set();
            }
        }
    }

    private void Pump(string owner, Lane lane)
    {
        if (lane.Waiting > 0 && lane.TryEnter())
        {
            PassOn(owner, lane);
        }
    }

    // Called holding one of the lane's slots: it goes to the next waiting notification, or back to the lane.
    private void PassOn(string owner, Lane lane)
    {
        if (Next(owner, lane) is { } next)
        {
            Start(owner, next, lane);
        }
        else
        {
            lane.Exit();
        }
    }

    // One that waited half its lease goes back to the queue instead: the lane is slow, and another replica may have
    // room for it (its lease is renewed meanwhile, so it is never sent twice for having waited).
    private ClaimedNotification? Next(string owner, Lane lane)
    {
        while (!_stopping && lane.TryNext(out var waiting))
        {
            if (time.GetUtcNow() - waiting.ClaimedAt < options.Value.LeaseDuration / 2)
            {
                return waiting.Notification;
            }

            _ = HandBackAsync(owner, waiting.Notification);
        }

        return null;
    }

    // An unexpected failure must not leave the notification "sending" (blocking its group and integration) until
    // the lease runs out: put it back with a short delay. Best effort: if the store is down, the lease still expires.
    private async Task RescheduleAfterFailureAsync(string owner, ClaimedNotification notification, Exception error)
    {
        try
        {
            var now = time.GetUtcNow();
            await leases.CompleteAsync(owner, new DeliveryCompletion(notification.Id, DeliveryState.Failed, now)
            {
                NextAttemptAt = now + TimeSpan.FromSeconds(5),
                Error = $"internal error while delivering ({error.GetType().Name}); retrying",
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LoopFailed(e);
        }
    }

    private Task HandBackAsync(string owner, ClaimedNotification notification) =>
        leases.CompleteAsync(owner, new DeliveryCompletion(notification.Id, DeliveryState.Pending, time.GetUtcNow()));
}
