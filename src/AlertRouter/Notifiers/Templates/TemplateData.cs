using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// What templates see: Alertmanager's template <c>Data</c> with its names (plus <see cref="GroupKey"/>). Maps are
/// sorted by key; <see cref="Receiver"/> is regexp.QuoteMeta-escaped as Alertmanager does.
/// </summary>
internal sealed class TemplateData
{
    [JsonPropertyName("receiver")]
    public required string Receiver { get; init; }

    /// <summary>"firing" if any alert is unresolved at the notification time, else "resolved".</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("alerts")]
    public required TemplateAlerts Alerts { get; init; }

    [JsonPropertyName("groupLabels")]
    public required IReadOnlyDictionary<string, string> GroupLabels { get; init; }

    [JsonPropertyName("commonLabels")]
    public required IReadOnlyDictionary<string, string> CommonLabels { get; init; }

    [JsonPropertyName("commonAnnotations")]
    public required IReadOnlyDictionary<string, string> CommonAnnotations { get; init; }

    [JsonPropertyName("externalURL")]
    public required string ExternalURL { get; init; }

    [JsonIgnore]
    public required string GroupKey { get; init; }

    [JsonIgnore]
    public bool IsFiring => Status == TemplateAlert.Firing;
}
