namespace AlertRouter.Health;

internal static class HealthServiceExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<ProcessClock>();
        services.AddSingleton<HealthAggregator>();
        return services;
    }
}
