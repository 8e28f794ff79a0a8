using AlertRouter.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using System.Net;
using System.Text;

namespace AlertRouter.Ui;

/// <summary><c>GET /</c> on the ops listener: every endpoint of both listeners, read from routing itself so it cannot go stale.</summary>
internal static class OpsIndex
{
    public static IEndpointRouteBuilder MapOpsIndex(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (EndpointDataSource endpoints, HttpRequest request, IOptions<AlertRouterOptions> options, IServer server) =>
                Results.Content(Render(endpoints, UiLink.For(request, options.Value, server)), "text/html; charset=utf-8"))
            .OnListener(Listeners.Ops).ExcludeFromDescription();
        return app;
    }

    private static string Render(EndpointDataSource source, string ui)
    {
        var rows = source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (
                Listener: e.Metadata.GetMetadata<ListenerMetadata>()?.Name ?? Listeners.Api,
                Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Methods: string.Join(", ", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]),
                Summary: e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? ""))
            .Distinct()
            .OrderBy(r => r.Listener == Listeners.Ops ? 0 : 1).ThenBy(r => r.Path, StringComparer.Ordinal);

        var uiLink = WebUtility.HtmlEncode(ui);
        var html = new StringBuilder($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlertRouter</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem}td,th{padding:.2rem .8rem;text-align:left}</style></head>
            <body><h1>AlertRouter</h1><p><a href="/metrics">/metrics</a> · <a href="/health">/health</a> · operator page: <a href="{{uiLink}}">{{uiLink}}</a> (API port)</p>
            <table><thead><tr><th>host</th><th>method</th><th>path</th><th>what</th></tr></thead><tbody>
            """);
        foreach (var row in rows)
        {
            var link = row.Listener == Listeners.Ops && row.Methods == "GET" && !row.Path.Contains('{', StringComparison.Ordinal)
                ? $"<a href=\"{WebUtility.HtmlEncode(row.Path)}\">{WebUtility.HtmlEncode(row.Path)}</a>"
                : WebUtility.HtmlEncode(row.Path);
            html.Append($"<tr><td>{row.Listener}</td><td>{row.Methods}</td><td>{link}</td><td>{WebUtility.HtmlEncode(row.Summary)}</td></tr>\n");
        }

        return html.Append("</tbody></table></body></html>\n").ToString();
    }
}
