using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

internal sealed record PagerDutyEventImage(
    [property: JsonPropertyName("src")] string Src,
    [property: JsonPropertyName("alt"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Alt,
    [property: JsonPropertyName("href"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Href);
