using AlertRouter.Core;
using AlertRouter.Model;
using AlertRouter.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AlertRouter.Config.Api;

/// <summary>The config endpoints on the API listener: the dry-run route test, the merged config, and reload.</summary>
public static class ConfigEndpoints
{
    public static IEndpointRouteBuilder MapConfigEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/routes/test", TestRoutesAsync)
            .OnListener(Listeners.Api)
            .WithName("TestRoutes")
            .WithTags("Config")
            .WithSummary("Dry run: the receivers and routes an alert with these labels reaches, muting and inhibition at a time.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/v1/config", GetConfig)
            .OnListener(Listeners.Api)
            .WithName("GetConfig")
            .WithTags("Config")
            .WithSummary("The merged routing config (Alertmanager YAML, secrets redacted), its hash, load time and source files.");

        app.MapPost("/-/reload", ReloadAsync)
            .OnListener(Listeners.Api)
            .RequireAdminToken()
            .WithName("ReloadConfig")
            .WithTags("Config")
            .WithSummary("Reload the route files now: 200, or 400 listing every error (the previous config keeps serving).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<RoutesTestResponse>, ProblemHttpResult>> TestRoutesAsync(
        RoutesTestRequest request, IRouterConfigProvider provider, TimeProvider time, [FromServices] IAlertStore? store, CancellationToken ct)
    {
        if (request.Labels is null || request.Labels.Count == 0)
        {
            return TypedResults.Problem(title: "Invalid request", detail: "labels: at least one label is required", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.Labels.Keys.Any(string.IsNullOrEmpty))
        {
            return TypedResults.Problem(title: "Invalid request", detail: "labels: label names must not be empty", statusCode: StatusCodes.Status400BadRequest);
        }

        var at = time.GetUtcNow();
        if (request.At is { Length: > 0 } text && !GoTime.TryParse(text, out at))
        {
            return TypedResults.Problem(title: "Invalid request", detail: $"at: {text} is not an RFC 3339 time", statusCode: StatusCodes.Status400BadRequest);
        }

        var config = provider.Current;
        var firing = store is null
            ? []
            : (await store.ListAsync(new AlertQuery(AlertStatus.Firing, at), ct)).Select(s => s.Alert).ToList();
        return TypedResults.Ok(RoutesTester.Evaluate(config, LabelSet.From(request.Labels), at, firing));
    }

    private static Ok<ConfigResponse> GetConfig(IRouterConfigProvider provider)
    {
        var config = provider.Current;
        var status = provider.Status;
        return TypedResults.Ok(new ConfigResponse(
            config.Hash,
            config.LoadedAt,
            config.Sources,
            config.Warnings.Select(w => w.ToString()).ToList(),
            status.LastSucceeded,
            status.Errors.Select(e => e.ToString()).ToList(),
            config.RedactedYaml));
    }

    private static async Task<Results<Ok<ReloadResponse>, ProblemHttpResult>> ReloadAsync(IRouterConfigProvider provider, CancellationToken ct)
    {
        var result = await provider.ReloadAsync("api", ct);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                title: "Configuration is invalid",
                detail: $"{result.Errors.Count} error(s); the previous configuration keeps serving",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => e.ToString()).ToList() });
        }

        return TypedResults.Ok(new ReloadResponse("success", result.Changed, result.Config!.Hash, result.Config.LoadedAt));
    }
}
