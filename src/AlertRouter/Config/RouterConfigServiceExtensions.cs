using AlertRouter.Config.Api;
using AlertRouter.Core;
using AlertRouter.Health;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Config;

public static class RouterConfigServiceExtensions
{
    /// <summary>
    /// Registers the config stage: <see cref="IRouterConfigProvider"/> (loaded at startup, hot-reloaded), the reload
    /// metrics, the "config" health component, the admin-token options and the template check (AddNotifiers registers
    /// the template validator it uses).
    /// </summary>
    public static IServiceCollection AddRouterConfig(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RouterConfigOptions>().Bind(configuration.GetSection(AlertRouterOptions.Section));
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section));
        services.AddMetrics();
        services.AddSingleton<ConfigMetrics>();
        services.AddSingleton(EnvironmentExpander.Process);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigValidator, TemplateConfigValidator>());
        services.AddSingleton(sp => new ConfigLoader(
            sp.GetRequiredService<EnvironmentExpander>(), sp.GetServices<IConfigValidator>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FileRouterConfigProvider>();
        services.AddSingleton<IRouterConfigProvider>(sp => sp.GetRequiredService<FileRouterConfigProvider>());
        services.AddSingleton<IHealthContributor, ConfigHealthContributor>();
        services.AddHostedService<ConfigWatcher>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ConfigJsonContext.Default));
        return services;
    }
}
