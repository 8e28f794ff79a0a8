using System.Collections.Concurrent;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>
/// The leases of the notifications this replica holds, from claim to completion (waiting in a lane, paced, being
/// sent, being recorded). While the replica is alive they are renewed every fifth of the lease, so a slow send, a
/// long wait in a lane or a loaded machine never lets a lease run out under a live delivery, which another replica
/// would then send again. Right before each external send the lease is confirmed (<see cref="ConfirmAsync"/>): a
/// replica that stalled past it (its renewals stopped too) finds out there and does not send. A lease found lost
/// cancels that delivery's token.
/// </summary>
internal sealed class DeliveryLeases(INotificationStore store, DeliveryMetrics metrics, IOptions<DeliveryOptions> options, TimeProvider time,
    ILogger<DeliveryLeases> logger)
{
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);

    private TimeSpan Lease => options.Value.LeaseDuration;

    /// <summary>Notifications held now (tests and health).</summary>
    public int Count => _held.Count;

    /// <summary>Starts keeping the leases of a claim; <paramref name="claimedAt"/> is the time the claim's leases count from.</summary>
    public void Track(IEnumerable<ClaimedNotification> claimed, DateTimeOffset claimedAt)
    {
        foreach (var n in claimed)
        {
            _held[n.Id] = new Held(n, claimedAt + Lease);
        }
    }

    /// <summary>Records how the delivery ended (fenced by the lease in the store) and lets go of the lease.</summary>
    public async Task CompleteAsync(string owner, DeliveryCompletion completion)
    {
        if (_held.TryGetValue(completion.Id, out var held))
        {
            // From here on a renewal that no longer finds it sending sees this completion, not a lost lease.
            held.Completing = true;
        }

        try
        {
            await RecordAsync(owner, completion, held);
        }
        finally
        {
            Release(completion.Id);
        }
    }

    /// <summary>
    /// Records the outcome, retried while the store is unreachable (a database restart): the send already happened
    /// (or was decided against), and an outcome that does not land leaves the notification to be sent again once its
    /// lease runs out. Retried for as long as the lease lasts, which the renewals extend once the store is back; not
    /// cancellable, so shutdown does not lose it either.
    /// </summary>
    private async Task RecordAsync(string owner, DeliveryCompletion completion, Held? held)
    {
        var giveUp = time.GetUtcNow() + Lease;
        for (var wait = TimeSpan.FromMilliseconds(100); ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.TicksPerSecond)))
        {
            try
            {
                await store.CompleteAsync(owner, completion, CancellationToken.None);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && time.GetUtcNow() + wait < (held?.Until ?? giveUp))
            {
                logger.CompletionRetry(completion.Id, e.Message);
                await Task.Delay(wait, time, CancellationToken.None);
            }
        }
    }

    /// <summary>Stops keeping a lease (after its completion, or when the delivery ended without one).</summary>
    public void Release(string id) => _held.TryRemove(id, out _);

    /// <summary>Cancelled when the lease on <paramref name="id"/> is found lost; none when it is not tracked.</summary>
    public CancellationToken Lost(string id) => _held.TryGetValue(id, out var held) ? held.Token : CancellationToken.None;

    /// <summary>
    /// Right before an external send: true when this replica still holds the lease. With at least half of it left the
    /// answer is local (nobody can recover it before it runs out; replicas' clocks agree); with less, renewals are
    /// late (a stall, a slow store), and the store confirms and extends it in one statement.
    /// </summary>
    public async Task<bool> ConfirmAsync(string owner, string id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tracked = _held.TryGetValue(id, out var held);
        if (tracked && held!.Until - now >= Lease / 2)
        {
            return true;
        }

        var until = now + Lease;
        if ((await store.RenewAsync(owner, [id], until, ct)).Contains(id))
        {
            held?.Extend(until);
            return true;
        }

        if (tracked)
        {
            Lose(id, held!);
        }

        return false;
    }

    /// <summary>Renews every held lease until <paramref name="ct"/> is cancelled (after the delivery loop has stopped).</summary>
    public async Task KeepAsync(string owner, CancellationToken ct)
    {
        var every = Lease / 5;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, ct);
                await RenewAsync(owner, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store that is down cannot renew: leases then run out as if the replica had died, and the
                // confirmation before each send finds out.
                logger.LoopFailed(e);
            }
        }
    }

    /// <summary>One renewal of every held lease.</summary>
    public async Task RenewAsync(string owner, CancellationToken ct)
    {
        var snapshot = _held.ToArray();
        if (snapshot.Length == 0)
        {
            return;
        }

        var until = time.GetUtcNow() + Lease;
        var kept = await store.RenewAsync(owner, [.. snapshot.Select(h => h.Key)], until, ct);
        foreach (var (id, held) in snapshot)
        {
            // Compared by reference: the notification may have completed and been claimed again meanwhile.
            if (!_held.TryGetValue(id, out var now) || !ReferenceEquals(now, held))
            {
                continue;
            }

            if (kept.Contains(id))
            {
                held.Extend(until);
            }
            else if (!held.Completing)
            {
                Lose(id, held);
            }
        }
    }

    private void Lose(string id, Held held)
    {
        if (held.Cancel())
        {
            var n = held.Notification;
            metrics.LeaseLost(n.Receiver, LaneRegistry.TypeOf(n.Integration));
            logger.LeaseLost(n.Receiver, n.Integration, n.GroupKey);
        }

        Release(id);
    }

    // The token source is never disposed: it has no timer, and a renewal may still cancel it after a release.
    private sealed class Held(ClaimedNotification notification, DateTimeOffset until)
    {
        private readonly CancellationTokenSource _lost = new();
        private long _until = until.UtcTicks;
        private int _cancelled;
        private volatile bool _completing;

        public ClaimedNotification Notification { get; } = notification;

        public DateTimeOffset Until => new(Interlocked.Read(ref _until), TimeSpan.Zero);

        public CancellationToken Token => _lost.Token;

        public bool Completing
        {
            get => _completing;
            set => _completing = value;
        }

        public void Extend(DateTimeOffset until)
        {
            var ticks = until.UtcTicks;
            for (var seen = Interlocked.Read(ref _until); seen < ticks; seen = Interlocked.Read(ref _until))
            {
                if (Interlocked.CompareExchange(ref _until, ticks, seen) == seen)
                {
                    return;
                }
            }
        }

        /// <returns>True the first time.</returns>
        public bool Cancel()
        {
            if (Interlocked.Exchange(ref _cancelled, 1) != 0)
            {
                return false;
            }

            _lost.Cancel();
            return true;
        }
    }
}
