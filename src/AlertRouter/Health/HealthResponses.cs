using System.Text.Json.Serialization;

namespace AlertRouter.Health;

internal sealed record LiveResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("uptime_seconds")] double UptimeSeconds);

internal sealed record ReadyResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons);

internal sealed record HealthResponse(
    [property: JsonPropertyName("status")] HealthStatus Status,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("uptime_seconds")] double UptimeSeconds,
    [property: JsonPropertyName("components")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Components,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double> Metrics,
    [property: JsonPropertyName("issues")] IReadOnlyList<string> Issues);
