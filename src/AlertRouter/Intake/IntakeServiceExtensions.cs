using AlertRouter.Core;
using AlertRouter.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AlertRouter.Intake;

internal static class IntakeServiceExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).PostConfigure(o =>
        {
            // *File variants for mounted secrets (docker/k8s), as Alertmanager's credentials_file.
            if (!string.IsNullOrEmpty(o.BearerTokenFile))
            {
                o.BearerToken = File.ReadAllText(AlertRouterOptions.ResolvePath(o.BearerTokenFile)).Trim();
            }

            if (!string.IsNullOrEmpty(o.BasicAuth.PasswordFile))
            {
                o.BasicAuth.Password = File.ReadAllText(AlertRouterOptions.ResolvePath(o.BasicAuth.PasswordFile)).TrimEnd('\r', '\n');
            }
        });
        services.AddSingleton(sp => new IntakeDedupWindow(sp.GetRequiredService<IOptions<IntakeOptions>>().Value.DedupWindow));
        services.AddSingleton<IntakeAuth>();
        services.AddSingleton<IntakeMetrics>();
        services.AddSingleton<RecentReceipts>();
        services.AddSingleton<Health.IHealthContributor, IntakeHealth>();
        services.AddSingleton<IntakeHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app)
    {
        // The intake series exist (at 0) from startup, not from the first webhook, so dashboards and alerts see them.
        _ = app.ServiceProvider.GetRequiredService<IntakeMetrics>();
        app.MapPost("/api/v1/alerts", (HttpContext http, IntakeHandler handler) => handler.HandleAsync(http))
            .OnListener(Listeners.Api)
            .WithSummary("Alertmanager webhook_config target: accepts webhook v4, answers 202 once durably committed.")
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                // Declared here rather than with Accepts(), whose content-type constraint would answer 415 before
                // the handler could explain what is wrong.
                var schema = await context.GetOrCreateSchemaAsync(typeof(WebhookMessage), null, ct);
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .Produces<IntakeAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/api/v1/alerts", ([FromQuery] string? status, [FromQuery] string[]? filter, [FromQuery] int? limit,
                IAlertStore store, Config.IRouterConfigProvider config, TimeProvider time, CancellationToken ct) =>
                AlertsApi.ListAsync(store, config, time, status, filter, limit, ct))
            .OnListener(Listeners.Api)
            .WithSummary("Current alerts with status, times, inhibitedBy and mutedBy; ?status=firing|resolved, ?filter=<matcher> (repeatable).")
            .Produces<IReadOnlyList<AlertView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
