using AlertRouter.Config;
using AlertRouter.Config.Api;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Delivery.Api;
using AlertRouter.Grouping;
using AlertRouter.Health;
using AlertRouter.Intake;
using AlertRouter.Metrics;
using AlertRouter.Notifiers;
using AlertRouter.Storage;
using AlertRouter.Ui;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Logging.Console;

namespace AlertRouter.Hosting;

/// <summary>Builds the service: one process, two listeners, one pipeline (Intake → Routing → … → Notifiers).</summary>
public static class AlertRouterHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root = the binary's folder so appsettings.json is found from any working directory; relative paths
        // in settings (routes, rules, data) resolve against the working directory instead (AlertRouterOptions.ResolvePath).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = JsonLinesFormatter.Name);
        builder.Logging.AddConsoleFormatter<JsonLinesFormatter, ConsoleFormatterOptions>();

        var hostOptions = builder.Configuration.GetSection(AlertRouterOptions.Section).Get<AlertRouterOptions>() ?? new AlertRouterOptions();
        builder.WebHost.ConfigureKestrel(k =>
        {
            KestrelListeners.Configure(k, hostOptions);
            k.AddServerHeader = false;
        });

        builder.Services.AddAlertRouter(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<ProcessClock>(); // uptime counts from here, not from the first probe
        app.MapAlertRouter();
        return app;
    }

    public static IServiceCollection AddAlertRouter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMetricsExporter(); // this host's metrics registry, served at /metrics
        services.AddOptions<AlertRouterOptions>().BindConfiguration(AlertRouterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MatcherPolicy, ListenerMatcherPolicy>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealth();
        services.AddStore(configuration);
        services.AddIntake();
        services.AddGrouping();
        services.AddRouterConfig(configuration);
        services.AddNotifiers();
        services.AddDelivery();
        services.AddUi();
        return services;
    }

    public static WebApplication MapAlertRouter(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi().OnListener(Listeners.Api);
        app.MapHealth();
        app.MapMetrics();
        app.MapOpsIndex();
        app.MapIntake();
        app.MapGrouping();
        app.MapDeliveryApi();
        app.MapTemplatePreviewApi();
        app.MapConfigEndpoints();
        app.MapUi();
        return app;
    }
}
