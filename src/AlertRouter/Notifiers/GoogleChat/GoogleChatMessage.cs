using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>
/// A Chat API <c>Message</c> as an incoming webhook takes it: <c>text</c> (the fallback and the notification preview)
/// and one Cards v2 card (header; one section of a paragraph and a button), per
/// https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages and .../v1/cards.
/// </summary>
internal sealed record GoogleChatMessage(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("cardsV2")] IReadOnlyList<GoogleChatCardWithId> CardsV2);
