using System.Text.Json;
using AlertRouter.Core;

namespace AlertRouter.Delivery.Api;

/// <summary><c>POST /api/v1/templates/render</c>: every rendered field of one integration's payload, before anything is sent.</summary>
internal static class TemplatePreviewApi
{
    public static IEndpointRouteBuilder MapTemplatePreviewApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/templates/render", RenderAsync).OnListener(Listeners.Api).RequireAdminToken()
            .WithSummary("Renders every field one integration of a receiver would send for a stored group (groupKey) or posted alerts; sends nothing (admin token).")
            .Accepts<TemplatePreviewRequest>("application/json")
            .Produces<TemplatePreviewResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> RenderAsync(HttpRequest http, TemplatePreviewer previewer, CancellationToken ct)
    {
        TemplatePreviewRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Body, TemplatePreviewJsonContext.Default.TemplatePreviewRequest, ct);
        }
        catch (JsonException e)
        {
            return Problem(400, "body", "body must be {\"receiver\", \"integration\", and \"groupKey\" or \"alerts\"}: " + e.Message.Split(" Path:")[0]);
        }

        if (request is null)
        {
            return Problem(400, "body", "body must be a JSON object");
        }

        var (result, problem) = await previewer.PreviewAsync(request, ct);
        return problem is { } p
            ? Problem(p.Status, p.Field, p.Detail)
            : TypedResults.Json(result!, TemplatePreviewJsonContext.Default.TemplatePreviewResult);
    }

    private static IResult Problem(int status, string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["field"] = field });
}
