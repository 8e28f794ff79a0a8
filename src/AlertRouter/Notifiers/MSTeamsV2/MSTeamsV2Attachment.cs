using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>An attachment holding the card inline: <c>contentUrl</c> is always sent, as null.</summary>
internal sealed record MSTeamsV2Attachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("contentUrl"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContentUrl,
    [property: JsonPropertyName("content")] MSTeamsV2Card Content);
