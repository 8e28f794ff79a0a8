using AlertRouter.Delivery.Api;
using AlertRouter.Health;

namespace AlertRouter.Delivery;

internal static class DeliveryServiceExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.AddSingleton<IPacer, Pacer>();
        services.AddSingleton<LaneRegistry>();
        services.AddSingleton<LaneSender>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<NotificationContexts>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<LaneRunner>();
        services.AddSingleton<ReceiverTester>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddHostedService<QueueStatsRefresher>();
        services.AddSingleton<IHealthContributor, ReceiversHealth>();
        services.AddSingleton<IHealthContributor, QueueHealth>();
        return services;
    }
}
