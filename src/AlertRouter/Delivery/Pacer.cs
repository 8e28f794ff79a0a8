using System.Collections.Concurrent;
using AlertRouter.Store;

namespace AlertRouter.Delivery;

/// <summary>
/// Spaces sends per destination (Slack channel, PagerDuty routing key) with GCRA in scheduling mode: each destination
/// has a theoretical arrival time (TAT); a send may go when it is not further ahead of now than the burst allows, and
/// one that may not go yet is given the next free slot, which it keeps until it comes back (so a backlog drains in
/// order with one reschedule each, never a thundering herd). A <c>Retry-After</c> pushes the destination's TAT out,
/// so every notification for it waits, not only the one that was refused, and the first send after the hold goes
/// exactly at its end, without a burst. This in-memory pacer is per replica (see docs/delivery.md).
/// </summary>
public sealed class Pacer(TimeProvider time) : IPacer
{
    /// <summary>A reservation whose notification never came back (superseded, cancelled) is forgotten after this.</summary>
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Destination> _destinations = new(StringComparer.Ordinal);

    public ValueTask<TimeSpan> ReserveAsync(PacingRule rule, string id, int cost, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var d = _destinations.GetOrAdd(rule.Key, _ => new Destination());
        lock (d)
        {
            if (d.Reserved.Remove(id, out var slot) && slot >= d.HeldUntil)
            {
                if (slot <= now)
                {
                    return ValueTask.FromResult(TimeSpan.Zero);
                }

                d.Reserved[id] = slot;
                return ValueTask.FromResult(slot - now);
            }

            var sends = Math.Clamp(cost, 1, Math.Max(1, rule.Burst));
            var tat = d.Tat > now ? d.Tat : now;
            var earliest = tat - (rule.Interval * (rule.Burst - 1)) + (rule.Interval * (sends - 1));
            var at = earliest > now ? earliest : now;
            d.Tat = (tat > at ? tat : at) + (rule.Interval * sends);
            if (at <= now)
            {
                return ValueTask.FromResult(TimeSpan.Zero);
            }

            Forget(d, now);
            d.Reserved[id] = at;
            return ValueTask.FromResult(at - now);
        }
    }

    public ValueTask HoldAsync(PacingRule rule, DateTimeOffset until, CancellationToken ct)
    {
        var d = _destinations.GetOrAdd(rule.Key, _ => new Destination());
        lock (d)
        {
            d.HeldUntil = until > d.HeldUntil ? until : d.HeldUntil;

            // The first slot after the hold is exactly its end, and no burst follows it.
            var tat = until + (rule.Interval * (rule.Burst - 1));
            d.Tat = tat > d.Tat ? tat : d.Tat;
        }

        return ValueTask.CompletedTask;
    }

    private static void Forget(Destination d, DateTimeOffset now)
    {
        if (d.Reserved.Count < 64)
        {
            return;
        }

        foreach (var (id, slot) in d.Reserved.Where(r => r.Value < now - ForgetAfter).ToList())
        {
            d.Reserved.Remove(id);
        }
    }

    private sealed class Destination
    {
        public DateTimeOffset Tat { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset HeldUntil { get; set; } = DateTimeOffset.MinValue;

        public Dictionary<string, DateTimeOffset> Reserved { get; } = new(StringComparer.Ordinal);
    }
}
