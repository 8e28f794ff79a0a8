using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>A responder as sent: rendered, empty id/name/username left out, type always present.</summary>
internal sealed record OpsgenieWireResponder(
    [property: JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonPropertyName("username"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Username,
    [property: JsonPropertyName("type")] string Type);
