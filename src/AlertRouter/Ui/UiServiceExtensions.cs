using AlertRouter.Core;

namespace AlertRouter.Ui;

/// <summary>The operator page under <c>/ui/</c> on the API listener, and the two read-only APIs only it needed.</summary>
public static class UiServiceExtensions
{
    public static IServiceCollection AddUi(this IServiceCollection services)
    {
        services.AddSingleton<UiAssets>();
        return services;
    }

    public static IEndpointRouteBuilder MapUi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/{page?}", UiEndpoints.Page).OnListener(Listeners.Api)
            .WithSummary("Operator page: overview, alerts and groups, deliveries, routing, receivers.").ExcludeFromDescription();
        app.MapGet("/ui/assets/{file}", UiEndpoints.Asset).OnListener(Listeners.Api)
            .WithSummary("The operator page's scripts and styles.").ExcludeFromDescription();

        app.MapGet("/api/v1/status", StatusApi.GetAsync).OnListener(Listeners.Api).WithTags("Status")
            .WithSummary("Overview: alert counts, aggregation groups, queue depth, dead letters, receivers with health and circuit state, config and reload status.")
            .Produces<StatusView>();
        app.MapGet("/api/v1/routes", RoutesApi.Get).OnListener(Listeners.Api).WithTags("Config")
            .WithSummary("The route tree as JSON (effective settings per node), the inhibit rules and the time interval names.")
            .Produces<RouteTreeView>();
        return app;
    }
}
