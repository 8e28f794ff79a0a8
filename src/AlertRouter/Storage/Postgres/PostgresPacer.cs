using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// <see cref="Pacer"/>'s GCRA in scheduling mode, with each destination's state in the shared database, so the Slack
/// per-channel and PagerDuty per-key rates hold for all replicas together rather than for each one, and a slot handed
/// to a notification is still its slot when another replica claims it. One short transaction per decision: the
/// destination's <c>pacing</c> row is locked (<c>FOR UPDATE</c>), which orders replicas pacing the same destination,
/// read, advanced and written back. Replicas' clocks must agree to well under a pacing interval (NTP).
/// </summary>
internal sealed class PostgresPacer(PostgresDatabase database, TimeProvider time) : IPacer
{
    /// <summary>A reservation whose notification never came back (superseded, cancelled) is forgotten after this.</summary>
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(10);

    public async ValueTask<TimeSpan> ReserveAsync(PacingRule rule, string id, int cost, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        var interval = rule.Interval.Ticks;
        if (interval == 0)
        {
            // An unpaced destination (a webhook) waits only while a server's Retry-After holds it: a read, no write.
            var tat = await database.ReadAsync(c => PgSql.ScalarAsync(c, "SELECT tat FROM pacing WHERE key = @k", ct, ("k", rule.Key)), ct);
            if (tat is not long until || until <= now)
            {
                return TimeSpan.Zero;
            }
        }

        var ticks = await database.WriteAsync(async tx =>
        {
            var (tat, held) = await LockAsync(tx, rule.Key, ct);

            // A notification that comes back at its slot is given that slot, not a second one (unless a hold voided it).
            if (await tx.ScalarAsync("SELECT slot FROM pacing_slots WHERE key = @k AND id = @id", ct, ("k", rule.Key), ("id", id)) is long slot)
            {
                if (slot >= held && slot > now)
                {
                    return slot - now;
                }

                await tx.ExecuteAsync("DELETE FROM pacing_slots WHERE key = @k AND id = @id", ct, ("k", rule.Key), ("id", id));
                if (slot >= held)
                {
                    return 0L;
                }
            }

            var sends = Math.Clamp(cost, 1, Math.Max(1, rule.Burst));
            var start = Math.Max(tat, now);
            var at = Math.Max(start - (interval * (rule.Burst - 1)) + (interval * (sends - 1)), now);
            await tx.ExecuteAsync("UPDATE pacing SET tat = @tat WHERE key = @k", ct, ("k", rule.Key), ("tat", Math.Max(start, at) + (interval * sends)));
            if (at <= now)
            {
                return 0L;
            }

            await tx.ExecuteAsync("""
                DELETE FROM pacing_slots WHERE key = @k AND slot < @old;
                INSERT INTO pacing_slots(key, id, slot) VALUES (@k, @id, @at) ON CONFLICT (key, id) DO UPDATE SET slot = excluded.slot
                """, ct, ("k", rule.Key), ("id", id), ("at", at), ("old", now - ForgetAfter.Ticks));
            return at - now;
        }, ct);
        return TimeSpan.FromTicks(ticks);
    }

    /// <summary>The first slot after the hold is exactly its end, and no burst follows it; slots inside it are void.</summary>
    public async ValueTask HoldAsync(PacingRule rule, DateTimeOffset until, CancellationToken ct) =>
        await database.WriteAsync(tx => tx.ExecuteAsync("""
            INSERT INTO pacing AS p (key, tat, held_until) VALUES (@k, @tat, @until)
            ON CONFLICT (key) DO UPDATE SET held_until = greatest(p.held_until, excluded.held_until), tat = greatest(p.tat, excluded.tat)
            """, ct, ("k", rule.Key), ("until", until.UtcTicks), ("tat", until.UtcTicks + (rule.Interval.Ticks * (rule.Burst - 1)))), ct);

    private static async Task<(long Tat, long HeldUntil)> LockAsync(PgTx tx, string key, CancellationToken ct)
    {
        const string Select = "SELECT tat, held_until FROM pacing WHERE key = @k FOR UPDATE";
        var row = (await tx.ListAsync(Select, r => (r.GetInt64(0), r.GetInt64(1)), ct, ("k", key))).FirstOrDefault((-1L, -1L));
        if (row.Item1 >= 0)
        {
            return row;
        }

        // First send to this destination. If another replica creates the row at the same moment, the insert waits
        // for it and does nothing, and the select then locks that row.
        await tx.ExecuteAsync("INSERT INTO pacing(key) VALUES (@k) ON CONFLICT DO NOTHING", ct, ("k", key));
        return (await tx.ListAsync(Select, r => (r.GetInt64(0), r.GetInt64(1)), ct, ("k", key)))[0];
    }
}
