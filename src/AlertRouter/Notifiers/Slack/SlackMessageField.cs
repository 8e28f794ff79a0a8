using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Slack;

/// <summary>An attachment field; <c>short</c> is always sent (the field's own, else short_fields).</summary>
internal sealed record SlackMessageField(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("short")] bool Short);
