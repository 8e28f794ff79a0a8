using System.Text.Json.Serialization;
using AlertRouter.Model;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>
/// The body incident.io's Alertmanager alert source reads: Alertmanager's template data, then <c>version</c> "1",
/// <c>groupKey</c> and <c>truncatedAlerts</c> (0.29's key order; 0.32 adds notification_reason, 0.34 routeLabels).
/// </summary>
internal sealed class IncidentioMessage
{
    [JsonPropertyName("receiver")]
    public required string Receiver { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("alerts")]
    public required IReadOnlyList<IncidentioAlert> Alerts { get; set; }

    [JsonPropertyName("groupLabels")]
    public required IReadOnlyDictionary<string, string> GroupLabels { get; init; }

    [JsonPropertyName("commonLabels")]
    public required IReadOnlyDictionary<string, string> CommonLabels { get; init; }

    [JsonPropertyName("commonAnnotations")]
    public required IReadOnlyDictionary<string, string> CommonAnnotations { get; init; }

    [JsonPropertyName("externalURL")]
    public required string ExternalURL { get; init; }

    [JsonPropertyName("version")]
    public string Version { get; } = "1";

    [JsonPropertyName("groupKey")]
    public required string GroupKey { get; init; }

    [JsonPropertyName("truncatedAlerts")]
    public required ulong TruncatedAlerts { get; init; }

    /// <summary>The message: max_alerts cuts the alert list before the data is built, as for the webhook.</summary>
    public static IncidentioMessage Build(NotificationContext context, int maxAlerts)
    {
        var alerts = maxAlerts > 0 && context.Alerts.Count > maxAlerts ? context.Alerts.Take(maxAlerts).ToArray() : context.Alerts;
        var sent = alerts.Select(a => IncidentioAlert.From(a, context.Now)).ToArray();
        return new IncidentioMessage
        {
            Receiver = Templating.Alertmanager.TemplateData.QuoteMeta(context.Receiver),
            Status = sent.Any(a => a.Status == "firing") ? "firing" : "resolved",
            Alerts = sent,
            GroupLabels = IncidentioAlert.Sorted(context.GroupLabels),
            CommonLabels = Common(alerts.Select(a => a.Labels).ToArray()),
            CommonAnnotations = Common(alerts.Select(a => a.Annotations).ToArray()),
            ExternalURL = context.ExternalUrl,
            GroupKey = context.GroupKey,
            TruncatedAlerts = (ulong)(context.Alerts.Count - alerts.Count),
        };
    }

    // The pairs identical in every alert (commonLabels / commonAnnotations); empty for no alerts.
    private static IReadOnlyDictionary<string, string> Common(IReadOnlyList<LabelSet> sets) =>
        IncidentioAlert.Sorted(sets.Count == 0 ? [] : sets[0].Where(p => sets.All(s => s.TryGetValue(p.Key, out var v) && v == p.Value)));
}
