using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Templates;

/// <summary>One alert as templates see it. Times are Go RFC3339Nano strings; a firing alert's EndsAt is the zero time.</summary>
internal sealed class TemplateAlert
{
    public const string Firing = "firing";
    public const string Resolved = "resolved";

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("labels")]
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    [JsonPropertyName("annotations")]
    public required IReadOnlyDictionary<string, string> Annotations { get; init; }

    [JsonPropertyName("startsAt")]
    public required string StartsAt { get; init; }

    [JsonPropertyName("endsAt")]
    public required string EndsAt { get; init; }

    [JsonPropertyName("generatorURL")]
    public required string GeneratorURL { get; init; }

    [JsonPropertyName("fingerprint")]
    public required string Fingerprint { get; init; }
}
