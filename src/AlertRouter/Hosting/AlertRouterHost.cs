using AlertRouter.Health;
using AlertRouter.Notifiers;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Logging.Console;

namespace AlertRouter.Hosting;

/// <summary>Builds the service: one process, two listeners, one pipeline (Intake → Routing → … → Notifiers).</summary>
public static class AlertRouterHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Content root = the binary's folder so appsettings.json is found from any working directory; relative paths
        // in settings (routes, rules, data) resolve against the working directory instead (HostOptions.ResolvePath).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = JsonLinesFormatter.Name);
        builder.Logging.AddConsoleFormatter<JsonLinesFormatter, ConsoleFormatterOptions>();

        var hostOptions = builder.Configuration.GetSection(HostOptions.Section).Get<HostOptions>() ?? new HostOptions();
        builder.WebHost.ConfigureKestrel(k =>
        {
            KestrelListeners.Configure(k, hostOptions);
            k.AddServerHeader = false;
        });

        builder.Services.AddAlertRouter(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapAlertRouter();
        return app;
    }

    public static IServiceCollection AddAlertRouter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<HostOptions>().BindConfiguration(HostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MatcherPolicy, ListenerMatcherPolicy>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealth();
        services.AddNotifiers();
        return services;
    }

    public static WebApplication MapAlertRouter(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi().OnListener(Listeners.Api);
        app.MapHealth();
        app.MapOpsIndex();
        return app;
    }
}
