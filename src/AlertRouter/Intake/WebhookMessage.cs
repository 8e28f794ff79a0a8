using System.Text.Json.Serialization;

namespace AlertRouter.Intake;

/// <summary>
/// Alertmanager's webhook v4 message as received. Everything is nullable so that validation, not the deserializer,
/// names what is missing; unknown fields (newer Alertmanagers add some) are ignored.
/// </summary>
internal sealed class WebhookMessage
{
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("groupKey")]
    public string? GroupKey { get; set; }

    [JsonPropertyName("truncatedAlerts")]
    public uint? TruncatedAlerts { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("receiver")]
    public string? Receiver { get; set; }

    [JsonPropertyName("groupLabels")]
    public Dictionary<string, string?>? GroupLabels { get; set; }

    [JsonPropertyName("commonLabels")]
    public Dictionary<string, string?>? CommonLabels { get; set; }

    [JsonPropertyName("commonAnnotations")]
    public Dictionary<string, string?>? CommonAnnotations { get; set; }

    [JsonPropertyName("externalURL")]
    public string? ExternalUrl { get; set; }

    [JsonPropertyName("alerts")]
    public List<WebhookAlert?>? Alerts { get; set; }
}

internal sealed class WebhookAlert
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("labels")]
    public Dictionary<string, string?>? Labels { get; set; }

    [JsonPropertyName("annotations")]
    public Dictionary<string, string?>? Annotations { get; set; }

    [JsonPropertyName("startsAt")]
    public string? StartsAt { get; set; }

    [JsonPropertyName("endsAt")]
    public string? EndsAt { get; set; }

    [JsonPropertyName("generatorURL")]
    public string? GeneratorUrl { get; set; }

    [JsonPropertyName("fingerprint")]
    public string? Fingerprint { get; set; }
}
