using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Slack;

/// <summary>A Web API answer: <c>{"ok":true,"channel":"C…","ts":"…"}</c> or <c>{"ok":false,"error":"…"}</c>.</summary>
internal sealed class SlackApiResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("ts")]
    public string? Ts { get; init; }
}
