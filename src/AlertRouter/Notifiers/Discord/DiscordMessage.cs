using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Discord;

/// <summary>Execute Webhook's body as Alertmanager writes it: content (always), one embed, then the 0.28 overrides.</summary>
internal sealed class DiscordMessage
{
    [JsonPropertyName("content")]
    public required string Content { get; init; }

    [JsonPropertyName("embeds")]
    public required IReadOnlyList<DiscordEmbed> Embeds { get; init; }

    [JsonPropertyName("username")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; init; }

    [JsonPropertyName("avatar_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AvatarUrl { get; init; }
}
