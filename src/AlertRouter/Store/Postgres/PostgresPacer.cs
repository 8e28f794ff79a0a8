using AlertRouter.Delivery;

namespace AlertRouter.Store.Postgres;

/// <summary>
/// <see cref="Pacer"/>'s GCRA with the theoretical arrival time of each destination in the shared <c>pacing</c>
/// table, so the Slack per-channel and PagerDuty per-key rates hold for all replicas together rather than for each
/// one. One statement per send decides and advances atomically (the row lock orders concurrent replicas); replicas'
/// clocks must agree to well under a pacing interval (NTP).
/// </summary>
internal sealed class PostgresPacer(PostgresDatabase database, TimeProvider time) : IPacer
{
    public async ValueTask<TimeSpan> ReserveAsync(PacingRule rule, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        var slack = rule.Interval.Ticks * (rule.Burst - 1);
        return await database.WriteAsync(async tx =>
        {
            for (var round = 0; ; round++)
            {
                // The sub-select locks the row and reads its time before the update: "old" is what the decision was based on.
                var old = await tx.ScalarAsync("""
                    UPDATE pacing p SET tat = CASE WHEN greatest(o.tat, @now) - @now - @slack <= 0 THEN greatest(o.tat, @now) + @interval ELSE o.tat END
                    FROM (SELECT tat FROM pacing WHERE key = @key FOR UPDATE) o
                    WHERE p.key = @key
                    RETURNING o.tat
                    """, ct, ("key", rule.Key), ("now", now), ("slack", slack), ("interval", rule.Interval.Ticks));
                if (old is long tat)
                {
                    var wait = Math.Max(tat, now) - now - slack;
                    return wait <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks(wait);
                }

                // First send to this destination. If another replica creates the row at the same moment, the insert
                // waits for it and does nothing, and the next round paces against that row.
                if (round > 0 || await tx.ExecuteAsync("INSERT INTO pacing(key, tat) VALUES (@key, @tat) ON CONFLICT DO NOTHING", ct,
                        ("key", rule.Key), ("tat", now + rule.Interval.Ticks)) == 1)
                {
                    return TimeSpan.Zero;
                }
            }
        }, ct);
    }

    public async ValueTask HoldAsync(string key, DateTimeOffset until, CancellationToken ct) =>
        await database.WriteAsync(tx => tx.ExecuteAsync("""
            INSERT INTO pacing AS p (key, tat) VALUES (@key, @until) ON CONFLICT (key) DO UPDATE SET tat = greatest(p.tat, excluded.tat)
            """, ct, ("key", key), ("until", until.UtcTicks)), ct);
}
