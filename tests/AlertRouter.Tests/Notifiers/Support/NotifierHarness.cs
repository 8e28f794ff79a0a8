using System.Diagnostics.Metrics;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>AddNotifiers() in a plain service provider, with every log captured and the template metric recorded.</summary>
internal sealed class NotifierHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public NotifierHarness(TimeSpan? httpTimeout = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddNotifiers();
        if (httpTimeout is { } timeout)
        {
            services.ConfigureHttpClientDefaults(b => b.ConfigureHttpClient(c => c.Timeout = timeout));
        }

        configure?.Invoke(services);
        _provider = services.BuildServiceProvider();
        RenderFailures = new MetricRecorder(_provider.GetRequiredService<IMeterFactory>(), TemplateMetrics.RenderFailuresName);
    }

    public CapturedLogs Logs { get; } = new();

    public MetricRecorder RenderFailures { get; }

    public IServiceProvider Services => _provider;

    public NotifierRegistry Registry => _provider.GetRequiredService<NotifierRegistry>();

    public TemplateEngine Engine => _provider.GetRequiredService<TemplateEngine>();

    public Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context, CancellationToken ct = default) =>
        Registry.NotifyAsync(config, context, ct);

    public void Dispose()
    {
        RenderFailures.Dispose();
        _provider.Dispose();
    }
}
