using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Intake;

/// <summary><c>GET /api/v1/alerts</c>: current alerts, newest change first, filterable by status.</summary>
internal static class AlertsApi
{
    public static async Task<IResult> ListAsync(IAlertStore store, TimeProvider time, string? status, int? limit, CancellationToken ct)
    {
        AlertStatus? wanted = status switch
        {
            null or "" => null,
            "firing" => AlertStatus.Firing,
            "resolved" => AlertStatus.Resolved,
            _ => (AlertStatus)(-1),
        };
        if (wanted == (AlertStatus)(-1))
        {
            return TypedResults.Problem(detail: "status must be firing or resolved", statusCode: 400,
                extensions: new Dictionary<string, object?> { ["field"] = "status" });
        }

        var now = time.GetUtcNow();
        var alerts = await store.ListAsync(new AlertQuery(wanted, now, Math.Clamp(limit ?? 10_000, 1, 100_000)), ct);
        return TypedResults.Json<IReadOnlyList<AlertView>>([.. alerts.Select(a => View(a, now))], IntakeJsonContext.Default.IReadOnlyListAlertView);
    }

    public static AlertView View(StoredAlert stored, DateTimeOffset now)
    {
        var alert = stored.Alert;
        return new AlertView(
            alert.Fingerprint.ToString(),
            alert.IsResolvedAt(now) ? "resolved" : "firing",
            alert.Labels.ToDictionary(),
            alert.Annotations.ToDictionary(),
            GoTime.Format(alert.StartsAt),
            GoTime.Format(alert.EndsAt),
            alert.GeneratorUrl,
            GoTime.Format(stored.UpdatedAt),
            GoTime.Format(stored.LastSeenAt));
    }
}
