using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>An Adaptive Card <c>TextBlock</c>: <c>text</c> always, every other key only when set.</summary>
internal sealed record MSTeamsV2TextBlock(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("weight")]
    public string? Weight { get; init; }

    [JsonPropertyName("size")]
    public string? Size { get; init; }

    [JsonPropertyName("wrap")]
    public bool? Wrap { get; init; }

    [JsonPropertyName("style")]
    public string? Style { get; init; }

    [JsonPropertyName("color")]
    public string? Color { get; init; }
}
