using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A card section: its widgets in order.</summary>
internal sealed record GoogleChatSection([property: JsonPropertyName("widgets")] IReadOnlyList<GoogleChatWidget> Widgets);
