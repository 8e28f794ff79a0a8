namespace AlertRouter.Health;

internal static class HealthServiceExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<ProcessClock>();
        services.AddSingleton<HealthAggregator>();
        services.AddSingleton<WorkerRegistry>();
        services.AddSingleton<IHealthContributor>(sp => sp.GetRequiredService<WorkerRegistry>());
        return services;
    }
}
