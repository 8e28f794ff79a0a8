namespace AlertRouter.Delivery;

/// <summary>
/// Keeps the queue gauges (depth, oldest age, dead letters) current from the store every few seconds, on every
/// replica, whether or not it runs delivery: the queue is shared, and a frozen gauge would hide a stuck backlog.
/// </summary>
internal sealed class QueueStatsRefresher(Store.INotificationStore store, DeliveryMetrics metrics, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    metrics.Stats = await store.StatsAsync(time.GetUtcNow(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store health component reports an unreachable store; the gauges keep their last values.
                }

                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
