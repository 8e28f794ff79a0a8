using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>The v2 <c>payload</c>. Alertmanager never sets <c>timestamp</c>; neither do we.</summary>
internal sealed class PagerDutyPayload
{
    [JsonPropertyName("summary")]
    public required string Summary { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("severity")]
    public required string Severity { get; init; }

    [JsonPropertyName("class")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Class { get; init; }

    [JsonPropertyName("component")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Component { get; init; }

    [JsonPropertyName("group")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Group { get; init; }

    [JsonPropertyName("custom_details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? CustomDetails { get; init; }
}
