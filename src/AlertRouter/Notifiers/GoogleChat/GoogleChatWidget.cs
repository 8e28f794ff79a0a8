using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A widget: exactly one of a text paragraph and a button list is set.</summary>
internal sealed record GoogleChatWidget
{
    [JsonPropertyName("textParagraph")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GoogleChatTextParagraph? TextParagraph { get; init; }

    [JsonPropertyName("buttonList")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GoogleChatButtonList? ButtonList { get; init; }
}
