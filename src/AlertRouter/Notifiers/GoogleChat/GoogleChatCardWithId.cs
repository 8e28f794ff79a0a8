using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>One entry of <c>cardsV2</c>: the card and the id it is known by in the message.</summary>
internal sealed record GoogleChatCardWithId(
    [property: JsonPropertyName("cardId")] string CardId,
    [property: JsonPropertyName("card")] GoogleChatCard Card);
