using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>An attachment field, as configured (templates) and as sent (rendered): <c>short</c> only when set.</summary>
public sealed record MattermostField(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("short")] bool? Short);
