using AlertRouter.Core;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Each replica's heartbeat in the <c>replicas</c> table: which replicas share the database (for /health), and a
/// guard for the one setting that breaks exactly-once flushing: two processes with the same replica id would both
/// own the same leases. Each process writes its own random instance id; finding another instance in its row means
/// the id is shared, and both processes report it until one is reconfigured.
/// </summary>
internal sealed class PostgresReplicaRegistry(PostgresDatabase database, IOptions<AlertRouterOptions> host, TimeProvider time,
    ILogger<PostgresReplicaRegistry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private volatile IReadOnlyList<string> _live = [];
    private long? _started;
    private bool _registered;

    public string ReplicaId => host.Value.EffectiveReplicaId;

    /// <summary>Replicas with a heartbeat in the last three intervals, this one included once it has written one.</summary>
    public IReadOnlyList<string> Live => _live;

    /// <summary>Set once another live process was seen using this replica id.</summary>
    public bool Conflict { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await BeatAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.HeartbeatFailed(e);
                }

                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One heartbeat: registers or refreshes this process's row and reads who else is live.</summary>
    internal async Task BeatAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        var started = _started ??= now;
        await database.WriteAsync(async tx =>
        {
            var updated = await tx.ExecuteAsync("UPDATE replicas SET heartbeat_at = @now WHERE id = @id AND instance = @instance", ct,
                ("now", now), ("id", ReplicaId), ("instance", _instance));
            if (updated == 0)
            {
                // Not registered yet, or another process with the same id took the row over since the last beat.
                var other = await tx.ScalarAsync("SELECT heartbeat_at FROM replicas WHERE id = @id", ct, ("id", ReplicaId));
                if (_registered && other is long)
                {
                    Conflict = true;
                    logger.ReplicaIdConflict(ReplicaId);
                }

                await tx.ExecuteAsync("""
                    INSERT INTO replicas(id, instance, version, started_at, heartbeat_at) VALUES (@id, @instance, @version, @started, @now)
                    ON CONFLICT (id) DO UPDATE SET instance = excluded.instance, version = excluded.version, started_at = excluded.started_at,
                      heartbeat_at = excluded.heartbeat_at
                    """, ct, ("id", ReplicaId), ("instance", _instance), ("version", BuildInfo.Version), ("started", started), ("now", now));
            }

            await tx.ExecuteAsync("DELETE FROM replicas WHERE heartbeat_at < @old", ct, ("old", now - TimeSpan.FromDays(1).Ticks));
            _live = await tx.ListAsync("SELECT id FROM replicas WHERE heartbeat_at >= @since ORDER BY id COLLATE \"C\"", r => r.GetString(0), ct,
                ("since", now - (Interval * 3).Ticks));
            return true;
        }, ct);
        _registered = true;
    }
}
