using System.Text.Json.Serialization;

namespace AlertRouter.Delivery.Api;

/// <summary>
/// <c>POST /api/v1/templates/render</c>: a receiver, one of its integrations (<c>slack[0]</c>), and either the key of a
/// stored aggregation group of that receiver or alerts to render as one group.
/// </summary>
internal sealed record TemplatePreviewRequest(
    [property: JsonPropertyName("receiver")] string? Receiver,
    [property: JsonPropertyName("integration")] string? Integration,
    [property: JsonPropertyName("groupKey")] string? GroupKey,
    [property: JsonPropertyName("alerts")] List<TemplatePreviewAlert>? Alerts,
    [property: JsonPropertyName("groupLabels")] Dictionary<string, string>? GroupLabels);

/// <summary>A posted alert, as Alertmanager's API takes one; startsAt defaults to now and an unset endsAt means firing.</summary>
internal sealed record TemplatePreviewAlert(
    [property: JsonPropertyName("labels")] Dictionary<string, string>? Labels,
    [property: JsonPropertyName("annotations")] Dictionary<string, string>? Annotations,
    [property: JsonPropertyName("startsAt")] DateTimeOffset? StartsAt,
    [property: JsonPropertyName("endsAt")] DateTimeOffset? EndsAt,
    [property: JsonPropertyName("generatorURL")] string? GeneratorUrl);

internal sealed record TemplatePreviewResult(
    [property: JsonPropertyName("receiver")] string Receiver,
    [property: JsonPropertyName("integration")] string Integration,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("groupKey")] string GroupKey,
    [property: JsonPropertyName("alerts")] int Alerts,
    [property: JsonPropertyName("fields")] IReadOnlyList<TemplatePreviewField> Fields);

internal sealed record TemplatePreviewField(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("html")] bool Html);

[JsonSerializable(typeof(TemplatePreviewRequest))]
[JsonSerializable(typeof(TemplatePreviewResult))]
internal sealed partial class TemplatePreviewJsonContext : JsonSerializerContext;
