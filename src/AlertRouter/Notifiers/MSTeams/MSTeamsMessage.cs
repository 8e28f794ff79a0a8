using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary>
/// A legacy actionable MessageCard (Microsoft's message card reference), keys in Alertmanager's order; every key is
/// sent, empty or not.
/// </summary>
internal sealed record MSTeamsMessage(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("themeColor")] string ThemeColor);
