using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>Buttons in a row.</summary>
internal sealed record GoogleChatButtonList([property: JsonPropertyName("buttons")] IReadOnlyList<GoogleChatButton> Buttons);
