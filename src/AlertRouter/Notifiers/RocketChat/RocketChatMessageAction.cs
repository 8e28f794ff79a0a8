using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>A button on the wire: type "button", the two booleans always, text, url and msg when not empty.</summary>
internal sealed class RocketChatMessageAction
{
    [JsonPropertyName("type")]
    public string Type => "button";

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    [JsonPropertyName("is_webview")]
    public bool IsWebview => false;

    [JsonPropertyName("msg")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Msg { get; init; }

    [JsonPropertyName("msg_in_chat_window")]
    public bool MsgInChatWindow => false;
}
