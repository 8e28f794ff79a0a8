using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace AlertRouter.Metrics;

internal static class MetricsServiceExtensions
{
    /// <summary>
    /// This host's own <see cref="CollectorRegistry"/>: stages declare their prometheus-net metrics on it, and
    /// <c>/metrics</c> exports it. Never the static default registry, because tests run several hosts in one process.
    /// </summary>
    public static IServiceCollection AddMetricsRegistry(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        return services;
    }

    /// <summary>The registry, process metrics and build info, created when the host starts.</summary>
    public static IServiceCollection AddMetricsExporter(this IServiceCollection services)
    {
        services.AddMetricsRegistry();
        services.AddSingleton<ProcessMetrics>();
        services.AddSingleton<BuildInfoMetric>();
        services.AddHostedService<MetricsStartup>();
        return services;
    }
}
