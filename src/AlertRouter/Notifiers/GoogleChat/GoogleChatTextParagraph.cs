using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A paragraph of card-HTML text.</summary>
internal sealed record GoogleChatTextParagraph([property: JsonPropertyName("text")] string Text);
