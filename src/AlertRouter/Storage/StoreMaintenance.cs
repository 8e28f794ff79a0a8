using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage;

/// <summary>Applies retention every few minutes.</summary>
internal sealed class StoreMaintenance(INotificationStore store, IOptions<Retention> retention, TimeProvider time, ILogger<StoreMaintenance> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await store.PurgeAsync(time.GetUtcNow(), retention.Value, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.PurgeFailed(e);
                }

                await Task.Delay(TimeSpan.FromMinutes(5), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

internal static partial class StoreMaintenanceLog
{
    [LoggerMessage(7001, LogLevel.Warning, "Retention purge failed; trying again later")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception);
}
