using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Templates;

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
    public required IReadOnlyList<TemplateAlert> Alerts { get; set; }

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
        var data = TemplateDataBuilder.Build(context, alerts);
        return new IncidentioMessage
        {
            Receiver = data.Receiver,
            Status = data.Status,
            Alerts = data.Alerts,
            GroupLabels = data.GroupLabels,
            CommonLabels = data.CommonLabels,
            CommonAnnotations = data.CommonAnnotations,
            ExternalURL = data.ExternalURL,
            GroupKey = context.GroupKey,
            TruncatedAlerts = (ulong)(context.Alerts.Count - alerts.Count),
        };
    }
}
