using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>
/// At startup (the route files may have changed while the process was down) and after every successful config
/// reload, moves alerts to the groups the serving route tree gives them. Groups whose route
/// and labels did not change keep their timers and pending notifications (Alertmanager instead rebuilds every group,
/// #3097/#627); the nflog, keyed by group key, keeps dedup across the reload either way.
/// </summary>
internal sealed class Rerouter(IRouterConfigProvider config, IGroupStore store, DispatcherWakeup wakeup, TimeProvider time, ILogger<Rerouter> logger)
    : BackgroundService
{
    private readonly Wakeup _reloaded = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = config.Subscribe(_ => _reloaded.Set());
        var applied = "";
        _reloaded.Set();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _reloaded.WaitAsync(TimeSpan.FromMinutes(5), time, stoppingToken);
                var snapshot = config.Current;
                if (snapshot.Hash == applied)
                {
                    continue;
                }

                try
                {
                    await store.RerouteAsync(a => RouteTreeGroupRouter.GroupsFor(snapshot, a.Alert.Labels), time.GetUtcNow(), stoppingToken);
                    applied = snapshot.Hash;
                    logger.Rerouted(snapshot.Hash);
                    wakeup.Signal.Set();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.RerouteFailed(snapshot.Hash, e);
                    _reloaded.Set();
                    await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
