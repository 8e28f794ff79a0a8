using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>An Events API v2 event, keys in Alertmanager's order; empty optional keys are omitted.</summary>
internal sealed class PagerDutyEvent
{
    [JsonPropertyName("routing_key")]
    public required string RoutingKey { get; init; }

    [JsonPropertyName("dedup_key")]
    public required string DedupKey { get; init; }

    [JsonPropertyName("event_action")]
    public required string EventAction { get; init; }

    [JsonPropertyName("payload")]
    public required PagerDutyPayload Payload { get; set; }

    [JsonPropertyName("client")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Client { get; init; }

    [JsonPropertyName("client_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClientUrl { get; init; }

    [JsonPropertyName("images")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PagerDutyEventImage>? Images { get; init; }

    [JsonPropertyName("links")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PagerDutyEventLink>? Links { get; init; }
}
