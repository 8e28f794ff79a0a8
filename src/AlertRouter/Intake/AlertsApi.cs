using AlertRouter.Config;
using AlertRouter.Grouping;
using AlertRouter.Model;
using AlertRouter.Routing;
using AlertRouter.Store;

namespace AlertRouter.Intake;

/// <summary>
/// <c>GET /api/v1/alerts</c>: current alerts, newest change first, filterable by status and by label matchers
/// (<c>?filter=severity="critical"</c>, repeatable, Alertmanager's matcher syntax), each with what suppresses it.
/// </summary>
internal static class AlertsApi
{
    public static async Task<IResult> ListAsync(IAlertStore store, IRouterConfigProvider config, TimeProvider time, string? status,
        string[]? filter, int? limit, CancellationToken ct)
    {
        var matchers = new List<Matcher>();
        foreach (var expression in filter ?? [])
        {
            try
            {
                matchers.AddRange(MatcherParser.ParseList(expression).Matchers);
            }
            catch (MatcherParseException e)
            {
                return TypedResults.Problem(detail: $"filter \"{expression}\": {e.Message}", statusCode: 400,
                    extensions: new Dictionary<string, object?> { ["field"] = "filter" });
            }
        }

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
        var all = matchers.Count == 0 ? Math.Clamp(limit ?? 10_000, 1, 100_000) : int.MaxValue;
        var alerts = (await store.ListAsync(new AlertQuery(wanted, now, all), ct))
            .Where(a => matchers.All(m => m.Matches(a.Alert.Labels))).Take(Math.Clamp(limit ?? 10_000, 1, 100_000)).ToList();
        var suppression = await SuppressionView.CreateAsync(store, config.Current, now, ct);
        return TypedResults.Json<IReadOnlyList<AlertView>>([.. alerts.Select(a => View(a, now, suppression))], IntakeJsonContext.Default.IReadOnlyListAlertView);
    }

    private static AlertView View(StoredAlert stored, DateTimeOffset now, SuppressionView suppression)
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
            GoTime.Format(stored.LastSeenAt),
            suppression.InhibitedBy(alert),
            suppression.MutedBy(alert));
    }
}
