using System.Text.Json.Serialization;
using AlertRouter.Model;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>One alert of the message (Alertmanager's template.Alert as JSON); times are Go RFC3339Nano.</summary>
internal sealed record IncidentioAlert(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels,
    [property: JsonPropertyName("annotations")] IReadOnlyDictionary<string, string> Annotations,
    [property: JsonPropertyName("startsAt")] string StartsAt,
    [property: JsonPropertyName("endsAt")] string EndsAt,
    [property: JsonPropertyName("generatorURL")] string GeneratorURL,
    [property: JsonPropertyName("fingerprint")] string Fingerprint)
{
    /// <summary>The alert at a flush: EndsAt is zero while it is not resolved, as aggrGroup.flush leaves it.</summary>
    public static IncidentioAlert From(Alert alert, DateTimeOffset now)
    {
        var resolved = alert.IsResolvedAt(now);
        return new IncidentioAlert(resolved ? "resolved" : "firing", Sorted(alert.Labels), Sorted(alert.Annotations),
            GoTime.Format(alert.StartsAt), GoTime.Format(resolved ? alert.EndsAt : GoTime.Zero), alert.GeneratorUrl,
            alert.Fingerprint.ToString());
    }

    public static IReadOnlyDictionary<string, string> Sorted(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new SortedDictionary<string, string>(pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
