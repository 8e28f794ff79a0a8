using System.Collections.Concurrent;

namespace AlertRouter.Delivery;

/// <summary>
/// Spaces sends per destination (Slack channel, PagerDuty routing key) with GCRA: each key has a theoretical arrival
/// time; a send may go when it is not further ahead of now than the burst allows. A <c>Retry-After</c> pushes the
/// key's time out, so every notification for that destination waits, not only the one that was refused.
/// This in-memory pacer is per replica; see docs/scaling.md.
/// </summary>
public sealed class Pacer(TimeProvider time) : IPacer
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    public ValueTask<TimeSpan> ReserveAsync(PacingRule rule, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            var had = _next.TryGetValue(rule.Key, out var tat);
            var start = tat > now ? tat : now;
            var wait = start - now - rule.Interval * (rule.Burst - 1);
            if (wait > TimeSpan.Zero)
            {
                return ValueTask.FromResult(wait);
            }

            var updated = start + rule.Interval;
            if (had ? _next.TryUpdate(rule.Key, updated, tat) : _next.TryAdd(rule.Key, updated))
            {
                return ValueTask.FromResult(TimeSpan.Zero);
            }
        }
    }

    public ValueTask HoldAsync(string key, DateTimeOffset until, CancellationToken ct)
    {
        _next.AddOrUpdate(key, until, (_, current) => current > until ? current : until);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Pacing of one destination: at most one send per <paramref name="Interval"/>, with short bursts of <paramref name="Burst"/>.</summary>
public sealed record PacingRule(string Key, TimeSpan Interval, int Burst);
