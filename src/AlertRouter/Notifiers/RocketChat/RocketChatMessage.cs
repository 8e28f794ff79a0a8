using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>chat.postMessage's body as Alertmanager writes it; empty values are left out.</summary>
internal sealed class RocketChatMessage
{
    [JsonPropertyName("channel")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Channel { get; init; }

    [JsonPropertyName("emoji")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Emoji { get; init; }

    [JsonPropertyName("avatar")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Avatar { get; init; }

    [JsonPropertyName("attachments")]
    public required IReadOnlyList<RocketChatAttachment> Attachments { get; init; }
}
