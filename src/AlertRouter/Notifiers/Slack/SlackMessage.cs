using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Slack;

/// <summary>The chat.postMessage / chat.update / incoming-webhook body, keys as Alertmanager orders them.</summary>
internal sealed class SlackMessage
{
    [JsonPropertyName("channel")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Channel { get; init; }

    [JsonPropertyName("ts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Ts { get; init; }

    [JsonPropertyName("username")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; init; }

    [JsonPropertyName("icon_emoji")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IconEmoji { get; init; }

    [JsonPropertyName("icon_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IconUrl { get; init; }

    [JsonPropertyName("link_names")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? LinkNames { get; init; }

    [JsonPropertyName("attachments")]
    public required IReadOnlyList<SlackAttachment> Attachments { get; init; }
}
