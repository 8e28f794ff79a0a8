using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>An attachment as sent: every key omitted when empty, in Alertmanager's order.</summary>
internal sealed class MattermostAttachment
{
    [JsonPropertyName("fallback")]
    public string? Fallback { get; init; }

    [JsonPropertyName("color")]
    public string? Color { get; init; }

    [JsonPropertyName("pretext")]
    public string? Pretext { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("author_name")]
    public string? AuthorName { get; init; }

    [JsonPropertyName("author_link")]
    public string? AuthorLink { get; init; }

    [JsonPropertyName("author_icon")]
    public string? AuthorIcon { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("title_link")]
    public string? TitleLink { get; init; }

    [JsonPropertyName("fields")]
    public IReadOnlyList<MattermostField>? Fields { get; init; }

    [JsonPropertyName("thumb_url")]
    public string? ThumbUrl { get; init; }

    [JsonPropertyName("footer")]
    public string? Footer { get; init; }

    [JsonPropertyName("footer_icon")]
    public string? FooterIcon { get; init; }

    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }
}
