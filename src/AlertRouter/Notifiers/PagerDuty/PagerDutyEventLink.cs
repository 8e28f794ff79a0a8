using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

internal sealed record PagerDutyEventLink(
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("text")] string Text);
