using System.Text.Json.Serialization;
using AlertRouter.Model;

namespace AlertRouter.Notifiers.Webhook;

/// <summary>One alert of the webhook message (Alertmanager's template.Alert as JSON); times are Go RFC3339Nano.</summary>
internal sealed record WebhookAlert(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels,
    [property: JsonPropertyName("annotations")] IReadOnlyDictionary<string, string> Annotations,
    [property: JsonPropertyName("startsAt")] string StartsAt,
    [property: JsonPropertyName("endsAt")] string EndsAt,
    [property: JsonPropertyName("generatorURL")] string GeneratorURL,
    [property: JsonPropertyName("fingerprint")] string Fingerprint)
{
    /// <summary>The alert at a flush: aggrGroup.flush zeroes EndsAt on every alert that is not resolved yet.</summary>
    public static WebhookAlert From(Alert alert, DateTimeOffset now)
    {
        var resolved = alert.IsResolvedAt(now);
        return new WebhookAlert(resolved ? "resolved" : "firing", Sorted(alert.Labels), Sorted(alert.Annotations),
            GoTime.Format(alert.StartsAt), GoTime.Format(resolved ? alert.EndsAt : GoTime.Zero), alert.GeneratorUrl,
            alert.Fingerprint.ToString());
    }

    public static IReadOnlyDictionary<string, string> Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new SortedDictionary<string, string>(pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
