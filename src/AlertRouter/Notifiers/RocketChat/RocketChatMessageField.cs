using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>A field on the wire: <c>short</c> always, title and value when not empty.</summary>
internal sealed record RocketChatMessageField(
    [property: JsonPropertyName("short")] bool Short,
    [property: JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonPropertyName("value"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Value);
