using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>An Events API v1 event (<c>service_key</c>); client and client_url only on trigger.</summary>
internal sealed class PagerDutyV1Event
{
    [JsonPropertyName("service_key")]
    public required string ServiceKey { get; init; }

    [JsonPropertyName("incident_key")]
    public required string IncidentKey { get; init; }

    [JsonPropertyName("event_type")]
    public required string EventType { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    [JsonPropertyName("client")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Client { get; init; }

    [JsonPropertyName("client_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClientUrl { get; init; }

    [JsonPropertyName("details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Details { get; set; }
}
