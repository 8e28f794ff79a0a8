using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>An Adaptive Card 1.2 of text blocks, full channel width (<c>"msteams":{"width":"full"}</c>).</summary>
internal sealed record MSTeamsV2Card(
    [property: JsonPropertyName("$schema")] string Schema,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("body")] IReadOnlyList<MSTeamsV2TextBlock> Body,
    [property: JsonPropertyName("msteams")] MSTeamsV2Width Msteams);
