using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>The incoming-webhook body (Mattermost's webhook parameters), keys in Alertmanager's order, empty ones omitted.</summary>
internal sealed class MattermostRequest
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }

    [JsonPropertyName("icon_emoji")]
    public string? IconEmoji { get; init; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<MattermostAttachment>? Attachments { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("props")]
    public MattermostProps? Props { get; init; }

    [JsonPropertyName("priority")]
    public MattermostPriority? Priority { get; init; }
}
