using System.Text.Json;
using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Notifiers;
using AlertRouter.Store;
using Microsoft.AspNetCore.Mvc;

namespace AlertRouter.Delivery.Api;

/// <summary>The delivery log, dead-letter replay, receivers and the delivery test.</summary>
internal static class DeliveryApi
{
    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/notifications", ListAsync).OnListener(Listeners.Api)
            .WithSummary("Delivery log with attempts and redacted errors; ?receiver=&integration=&state=pending|failed|delivered|dead|cancelled&limit=")
            .Produces<IReadOnlyList<NotificationView>>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPost("/api/v1/notifications/{id}/retry", RetryAsync).OnListener(Listeners.Api).RequireAdminToken()
            .WithSummary("Replays a dead letter (admin token).")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/v1/receivers", ListReceivers).OnListener(Listeners.Api)
            .WithSummary("Receivers and their integrations: redacted target, configured, circuit state, last success/failure and error.")
            .Produces<IReadOnlyList<ReceiverView>>();
        app.MapPost("/api/v1/receivers/{name}/test", TestAsync).OnListener(Listeners.Api).RequireAdminToken()
            .WithSummary("Sends a test notification through every integration of a receiver now (admin token). 200 all delivered, 502 otherwise.")
            .Produces<ReceiverTestResult>().Produces<ReceiverTestResult>(StatusCodes.Status502BadGateway).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(INotificationStore store, [FromQuery] string? receiver, [FromQuery] string? integration,
        [FromQuery] string? state, [FromQuery] int? limit, CancellationToken ct)
    {
        DeliveryState? wanted = null;
        if (!string.IsNullOrEmpty(state) && (wanted = DeliveryStates.Parse(state)) is null)
        {
            return TypedResults.Problem(detail: "state must be pending, failed, sending, delivered, dead or cancelled", statusCode: 400,
                extensions: new Dictionary<string, object?> { ["field"] = "state" });
        }

        var rows = await store.ListAsync(new NotificationQuery(NullIfEmpty(receiver), NullIfEmpty(integration), wanted, limit ?? 100), ct);
        return TypedResults.Json<IReadOnlyList<NotificationView>>([.. rows.Select(View)], DeliveryJsonContext.Default.IReadOnlyListNotificationView);
    }

    private static async Task<IResult> RetryAsync(string id, INotificationStore store, DeliveryWakeup wakeup, TimeProvider time, CancellationToken ct)
    {
        var row = await store.GetAsync(id, ct);
        if (row is null)
        {
            return TypedResults.Problem(detail: $"no notification {id}", statusCode: 404);
        }

        if (row.State != DeliveryState.Dead || !await store.RetryDeadAsync(id, time.GetUtcNow(), ct))
        {
            return TypedResults.Problem(statusCode: 409, detail: row.State == DeliveryState.Dead
                ? "a newer notification for the same group and integration is already queued"
                : $"notification {id} is {row.State.Name()}, not a dead letter");
        }

        wakeup.Signal.Set();
        return TypedResults.Accepted($"/api/v1/notifications?state=pending");
    }

    private static IResult ListReceivers(IRouterConfigProvider config, LaneRegistry lanes) =>
        TypedResults.Json<IReadOnlyList<ReceiverView>>([.. config.Current.ReceiverList.Select(r => new ReceiverView(r.Name, [.. r.Integrations.Select(i =>
        {
            var lane = lanes.All.FirstOrDefault(l => l.Receiver == r.Name && l.Integration == i.Name);
            return new IntegrationView(i.Name, i.Type, Integrations.For(i).Describe(i), i.IsConfigured, i.MissingVariables, i.SendResolved,
                (lane?.CircuitValue ?? 0) switch { 2 => "open", 1 => "half-open", _ => "closed" }, lane?.LastSuccess, lane?.LastFailure, lane?.LastError);
        })]))], DeliveryJsonContext.Default.IReadOnlyListReceiverView);

    private static async Task<IResult> TestAsync(string name, HttpRequest request, IRouterConfigProvider config, ReceiverTester tester, CancellationToken ct)
    {
        var snapshot = config.Current;
        if (!snapshot.Receivers.TryGetValue(name, out var receiver))
        {
            return TypedResults.Problem(detail: $"no receiver named \"{name}\"", statusCode: 404);
        }

        // The body is optional; a chunked body has no Content-Length, so read whatever came.
        ReceiverTestRequest? body = null;
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                body = JsonSerializer.Deserialize(text, DeliveryJsonContext.Default.ReceiverTestRequest);
            }
            catch (JsonException e)
            {
                return TypedResults.Problem(detail: "body must be {\"labels\":{…},\"annotations\":{…}}: " + e.Message.Split(" Path:")[0], statusCode: 400);
            }
        }

        var result = await tester.TestAsync(receiver, body, snapshot.MessageTemplates, ct);
        return TypedResults.Json(result, DeliveryJsonContext.Default.ReceiverTestResult,
            statusCode: result.Delivered ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway);
    }

    private static NotificationView View(NotificationRecord r) => new(
        r.Id, r.GroupKey, r.Receiver, r.Integration, r.State.Name(), r.Reason, r.CreatedAt, r.UpdatedAt,
        r.State is DeliveryState.Pending or DeliveryState.Failed ? r.NextAttemptAt : null,
        r.DeliveredAt.UtcTicks == 0 ? null : r.DeliveredAt, r.Attempts, r.Superseded, r.LastError, r.LastStatus,
        [.. r.Payload.Alerts.Select(a => new NotificationAlertView(a.Fingerprint, a.Resolved ? "resolved" : "firing", a.Labels.ToDictionary()))],
        [.. r.AttemptLog.Select(a => new AttemptView(a.Attempt, a.StartedAt, Math.Round(a.Duration.TotalMilliseconds, 3), a.Outcome, a.StatusCode, a.Reason, a.Error))]);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
