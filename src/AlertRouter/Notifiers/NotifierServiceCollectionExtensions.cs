using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Templates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers;

internal static class NotifierServiceCollectionExtensions
{
    /// <summary>
    /// The notifiers (each registered integration adds its <see cref="INotifier"/>, looked up through
    /// <see cref="NotifierRegistry"/>), the template engine, and the
    /// named HttpClients of <see cref="NotifierHttpClients"/>, one set per integration.
    /// </summary>
    public static IServiceCollection AddNotifiers(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddOptions<NotifierOptions>();
        NotifierHttpClients.Register(services, Integrations.All.Select(i => i.Type));

        services.TryAddSingleton<TemplateMetrics>();
        services.TryAddSingleton<TemplateEngine>();
        services.TryAddSingleton<NotifierHttp>();
        foreach (var integration in Integrations.All)
        {
            integration.AddServices(services);
        }

        services.TryAddSingleton<NotifierRegistry>();
        return services;
    }
}
