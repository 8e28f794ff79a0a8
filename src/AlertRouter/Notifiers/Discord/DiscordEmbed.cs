using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Discord;

/// <summary>The one embed: title, description (the message) and the status colour.</summary>
internal sealed record DiscordEmbed(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("color")] int Color);
