using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A card: its header (title, subtitle) and sections of widgets.</summary>
internal sealed record GoogleChatCard(
    [property: JsonPropertyName("header")] GoogleChatCardHeader Header,
    [property: JsonPropertyName("sections")] IReadOnlyList<GoogleChatSection> Sections);
