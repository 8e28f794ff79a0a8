using AlertRouter.Metrics;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Notifiers.Webhook;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers;

internal static class NotifierServiceCollectionExtensions
{
    /// <summary>
    /// The notifiers (one <see cref="INotifier"/> per integration, looked up through <see cref="NotifierRegistry"/>),
    /// the template engine and validator (the config stage runs it at load), and the named HttpClients of
    /// <see cref="NotifierHttpClients"/>.
    /// </summary>
    public static IServiceCollection AddNotifiers(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetricsRegistry();
        services.AddOptions<NotifierOptions>();
        NotifierHttpClients.Register(services);

        services.TryAddSingleton<TemplateMetrics>();
        services.TryAddSingleton<TemplateEngine>();
        services.TryAddSingleton<TemplateValidator>();
        services.TryAddSingleton<NotifierHttp>();
        services.TryAddSingleton<PagerDutyEventBuilder>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotifier, PagerDutyNotifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotifier, SlackNotifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotifier, EmailNotifier>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotifier, WebhookNotifier>());
        services.TryAddSingleton<NotifierRegistry>();
        return services;
    }
}
