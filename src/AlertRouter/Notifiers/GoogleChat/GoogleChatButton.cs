using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>A button that opens a link: <c>{"text", "onClick": {"openLink": {"url"}}}</c>.</summary>
internal sealed record GoogleChatButton(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("onClick")] GoogleChatOnClick OnClick);
