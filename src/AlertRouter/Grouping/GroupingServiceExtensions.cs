using AlertRouter.Health;

namespace AlertRouter.Grouping;

internal static class GroupingServiceExtensions
{
    public static IServiceCollection AddGrouping(this IServiceCollection services)
    {
        services.AddOptions<DispatcherOptions>().BindConfiguration(DispatcherOptions.Section);
        services.AddSingleton<IGroupRouter, RouteTreeGroupRouter>();
        services.AddSingleton<DispatcherWakeup>();
        services.AddSingleton<AlertCache>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<Dispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Dispatcher>());
        services.AddHostedService<Rerouter>();
        services.AddSingleton<IHealthContributor, PipelineHealth>();
        return services;
    }

    public static IEndpointRouteBuilder MapGrouping(this IEndpointRouteBuilder app)
    {
        GroupsApi.Map(app);
        return app;
    }
}
