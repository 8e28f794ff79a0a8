using AlertRouter.Core;
using Microsoft.Extensions.Options;

namespace AlertRouter.Ui;

/// <summary>
/// Serves the pages and their files. Every URL is relative in the page (<c>assets/ui.js</c>, <c>../api/v1/…</c>), so
/// AlertRouter also works behind a reverse proxy that adds a path prefix; that is why the redirects are relative too.
/// </summary>
internal static class UiEndpoints
{
    // Scripts and styles only from this origin, no inline script: label values are user input, and even if one got
    // rendered as markup by mistake it could not run.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IResult Page(string? page, HttpContext http, UiAssets assets, IOptionsMonitor<ApiOptions> api)
    {
        var path = http.Request.Path.Value ?? "";
        if (page is null && !path.EndsWith('/'))
        {
            return Results.Redirect("ui/");
        }

        if (page is not null && path.EndsWith('/'))
        {
            return Results.Redirect("../" + Uri.EscapeDataString(page));
        }

        var match = UiPages.All.FirstOrDefault(p => p.Path == (page ?? ""));
        return match is null ? Results.NotFound() : Serve(http, assets.Page(match.Name, !string.IsNullOrEmpty(api.CurrentValue.AdminToken)));
    }

    public static IResult Asset(string file, HttpContext http, UiAssets assets) =>
        assets.File(file) is { } asset ? Serve(http, asset) : Results.NotFound();

    private static IResult Serve(HttpContext http, UiAsset asset)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        return http.Request.Headers.IfNoneMatch == asset.ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }
}
