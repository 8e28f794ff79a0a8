using AlertRouter.Core;

namespace AlertRouter.Health;

/// <summary>Probe endpoints on the ops listener, with the field names of the monitoring guide this product grew from.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", (ProcessClock clock) => TypedResults.Ok(new LiveResponse("alive", clock.Timestamp, clock.UptimeSeconds)))
            .OnListener(Listeners.Ops).WithSummary("Liveness: the process answers.");

        app.MapGet("/health/ready", async (HealthAggregator health, CancellationToken ct) =>
        {
            var report = await health.CheckAsync(ct);
            var reasons = report.NotReady.Count == 0 ? ["All systems operational"] : report.NotReady;
            var body = new ReadyResponse(report.NotReady.Count == 0 ? "ready" : "not_ready", report.NotReady.Count == 0, report.Timestamp, reasons);
            return Results.Json(body, statusCode: body.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).OnListener(Listeners.Ops).WithSummary("Readiness: config loaded, store reachable, not shutting down.");

        app.MapGet("/health", async (HealthAggregator health, CancellationToken ct) =>
        {
            var report = await health.CheckAsync(ct);
            return Results.Json(report.ToResponse(),
                statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        }).OnListener(Listeners.Ops).WithSummary("Detailed health by component.");

        return app;
    }
}
