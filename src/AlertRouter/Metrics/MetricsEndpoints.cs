using AlertRouter.Core;
using Prometheus;

namespace AlertRouter.Metrics;

internal static class MetricsEndpoints
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", async (HttpContext context, CollectorRegistry registry) =>
            {
                context.Response.ContentType = ContentType;
                await registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
            })
            .OnListener(Listeners.Ops).WithSummary("Prometheus metrics, text format 0.0.4.");
        return app;
    }
}
