using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A card's header.</summary>
internal sealed record GoogleChatCardHeader(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("subtitle")] string Subtitle);
