using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>A REST answer: <c>{"success":true,…}</c> or <c>{"success":false,"error":"…"}</c>.</summary>
internal sealed class RocketChatResponse
{
    [JsonPropertyName("success")]
    public bool Success { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }
}
