using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A button's action: open a link.</summary>
internal sealed record GoogleChatOnClick([property: JsonPropertyName("openLink")] GoogleChatOpenLink OpenLink);
