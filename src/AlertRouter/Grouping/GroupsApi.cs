using System.Text.Json.Serialization;
using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary><c>GET /api/v1/groups</c>: every aggregation group with its alerts, their suppression, timers and last notification.</summary>
internal static class GroupsApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/groups", ListAsync)
            .OnListener(Listeners.Api)
            .WithSummary("Aggregation groups: group key, receiver, labels, alerts with inhibited/muted state, next flush, last notification.")
            .Produces<IReadOnlyList<GroupView>>();

    private static async Task<IResult> ListAsync(IGroupStore groups, IAlertStore alerts, IRouterConfigProvider config, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var snapshot = config.Current;
        var all = (await alerts.ListAsync(new AlertQuery(null, now, int.MaxValue), ct)).ToDictionary(a => a.Fingerprint.ToString(), StringComparer.Ordinal);
        var suppression = await SuppressionView.CreateAsync(alerts, snapshot, now, ct);
        var states = await groups.ListGroupsAsync(ct);
        var nflog = await groups.GetNflogAsync([.. states.Select(g => g.GroupKey)], ct);
        var views = states.Select(g => new GroupView(
            g.Id, g.GroupKey, g.Receiver, g.RouteId, g.GroupLabels.ToDictionary(),
            GoTime.Format(g.CreatedAt), GoTime.Format(g.NextFlushAt), g.LastFlushAt.UtcTicks == 0 ? null : GoTime.Format(g.LastFlushAt),
            [.. g.Fingerprints.Where(all.ContainsKey).Select(f => all[f].Alert).Order(AlertOrder.Instance).Select(a => new GroupAlertView(
                a.Fingerprint.ToString(), a.IsResolvedAt(now) ? "resolved" : "firing", a.Labels.ToDictionary(),
                GoTime.Format(a.StartsAt), GoTime.Format(a.EndsAt), suppression.InhibitedBy(a), suppression.MutedBy(a)))],
            nflog.Where(e => e.Key.GroupKey == g.GroupKey && e.Key.Receiver == g.Receiver)
                .ToDictionary(e => e.Key.Integration, e => new LastNotificationView(GoTime.Format(e.Value.SentAt), e.Value.Firing.Count, e.Value.Resolved.Count))))
            .ToList();
        return TypedResults.Json<IReadOnlyList<GroupView>>(views, GroupingJsonContext.Default.IReadOnlyListGroupView);
    }
}

internal sealed record GroupView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("groupKey")] string GroupKey,
    [property: JsonPropertyName("receiver")] string Receiver,
    [property: JsonPropertyName("routeId")] string RouteId,
    [property: JsonPropertyName("groupLabels")] IReadOnlyDictionary<string, string> GroupLabels,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("nextFlushAt")] string NextFlushAt,
    [property: JsonPropertyName("lastFlushAt")] string? LastFlushAt,
    [property: JsonPropertyName("alerts")] IReadOnlyList<GroupAlertView> Alerts,
    [property: JsonPropertyName("lastNotification")] IReadOnlyDictionary<string, LastNotificationView> LastNotification);

internal sealed record GroupAlertView(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels,
    [property: JsonPropertyName("startsAt")] string StartsAt,
    [property: JsonPropertyName("endsAt")] string EndsAt,
    [property: JsonPropertyName("inhibitedBy")] IReadOnlyList<string> InhibitedBy,
    [property: JsonPropertyName("mutedBy")] IReadOnlyList<string> MutedBy);

internal sealed record LastNotificationView(
    [property: JsonPropertyName("sentAt")] string SentAt,
    [property: JsonPropertyName("firing")] int Firing,
    [property: JsonPropertyName("resolved")] int Resolved);

[JsonSerializable(typeof(IReadOnlyList<GroupView>))]
internal sealed partial class GroupingJsonContext : JsonSerializerContext;
