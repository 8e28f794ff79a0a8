using System.Text.Json.Serialization;
using AlertRouter.Model;

namespace AlertRouter.Notifiers.Webhook;

/// <summary>Alertmanager's webhook message, version 4 (0.25 key order: notify/webhook Message + template.Data).</summary>
internal sealed class WebhookMessage
{
    [JsonPropertyName("receiver")]
    public required string Receiver { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("alerts")]
    public required IReadOnlyList<WebhookAlert> Alerts { get; init; }

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
        var sent = alerts.Select(a => WebhookAlert.From(a, context.Now)).ToArray();
        return new WebhookMessage
        {
            // Template data's receiver, as Alertmanager builds it: regexp.QuoteMeta'd.
            Receiver = Templating.Alertmanager.TemplateData.QuoteMeta(context.Receiver),
            Status = sent.Any(a => a.Status == "firing") ? "firing" : "resolved",
            Alerts = sent,
            GroupLabels = WebhookAlert.Sorted(context.GroupLabels),
            CommonLabels = Common(alerts.Select(a => a.Labels).ToArray()),
            CommonAnnotations = Common(alerts.Select(a => a.Annotations).ToArray()),
            ExternalURL = context.ExternalUrl,
            GroupKey = context.GroupKey,
            TruncatedAlerts = (ulong)(context.Alerts.Count - alerts.Count),
        };
    }

    // The pairs identical in every alert (commonLabels / commonAnnotations); empty for no alerts.
    private static IReadOnlyDictionary<string, string> Common(IReadOnlyList<LabelSet> sets) =>
        WebhookAlert.Sorted(sets.Count == 0 ? [] : sets[0].Where(p => sets.All(s => s.TryGetValue(p.Key, out var v) && v == p.Value)));
}
