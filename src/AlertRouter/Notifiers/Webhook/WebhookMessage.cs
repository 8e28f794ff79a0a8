using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Webhook;

/// <summary>Alertmanager's webhook message, version 4 (0.25 key order: notify/webhook Message + template.Data).</summary>
internal sealed class WebhookMessage
{
    [JsonPropertyName("receiver")]
    public required string Receiver { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("alerts")]
    public required IReadOnlyList<TemplateAlert> Alerts { get; init; }

    [JsonPropertyName("groupLabels")]
    public required IReadOnlyDictionary<string, string> GroupLabels { get; init; }

    [JsonPropertyName("commonLabels")]
    public required IReadOnlyDictionary<string, string> CommonLabels { get; init; }

    [JsonPropertyName("commonAnnotations")]
    public required IReadOnlyDictionary<string, string> CommonAnnotations { get; init; }

    [JsonPropertyName("externalURL")]
    public required string ExternalURL { get; init; }

    [JsonPropertyName("version")]
    public string Version { get; } = "4";

    [JsonPropertyName("groupKey")]
    public required string GroupKey { get; init; }

    [JsonPropertyName("truncatedAlerts")]
    public required ulong TruncatedAlerts { get; init; }

    /// <summary>
    /// The message for <paramref name="context"/>: max_alerts cuts the alert list before the data is built, so status
    /// and the common labels describe the alerts that are sent.
    /// </summary>
    public static WebhookMessage Build(NotificationContext context, int maxAlerts)
    {
        var alerts = maxAlerts > 0 && context.Alerts.Count > maxAlerts ? context.Alerts.Take(maxAlerts).ToArray() : context.Alerts;
        var data = TemplateDataBuilder.Build(context, alerts);
        return new WebhookMessage
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
