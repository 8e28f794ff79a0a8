using AlertRouter.Delivery.Api;
using AlertRouter.Health;
using AlertRouter.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Delivery;

internal static class DeliveryServiceExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.TryAddSingleton<IPacer, Pacer>(); // the postgres store registers a shared one first
        services.AddSingleton<DeliveryWakeup>();
        services.AddSingleton<LaneRegistry>();
        services.AddSingleton<LaneSender>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<NotificationContexts>();
        services.AddSingleton<PacingRules>();
        services.AddSingleton<DeliveryLeases>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<LaneRunner>();
        services.AddSingleton<ReceiverTester>();
        services.AddSingleton<TemplatePreviewer>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddHostedService<QueueStatsRefresher>();
        services.AddSingleton<IHealthContributor, ReceiversHealth>();
        services.AddSingleton<IHealthContributor, QueueHealth>();
        return services;
    }
}
