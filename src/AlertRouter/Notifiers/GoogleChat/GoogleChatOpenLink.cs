using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>The link a button opens.</summary>
internal sealed record GoogleChatOpenLink([property: JsonPropertyName("url")] string Url);
