namespace AlertRouter.Metrics;

internal static class MetricsServiceExtensions
{
    /// <summary>
    /// The exporter, process metrics and build info. Call it before any other stage's Add method: hosted services are
    /// built in registration order, and the exporter must be listening first (see <see cref="MetricsStartup"/>).
    /// </summary>
    public static IServiceCollection AddMetricsExporter(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<ProcessMetrics>();
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton<BuildInfoMetric>();
        services.AddHostedService<MetricsStartup>();
        return services;
    }
}
