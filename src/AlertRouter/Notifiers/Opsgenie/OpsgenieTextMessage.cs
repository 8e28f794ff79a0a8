using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>
/// The one-field bodies: close (<c>{"source":…}</c>, always written) and the update PUTs (<c>{"message":…}</c>,
/// <c>{"description":…}</c>, left out when empty, as Go's omitempty does).
/// </summary>
internal sealed class OpsgenieTextMessage
{
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    [JsonPropertyName("message")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; init; }

    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}
