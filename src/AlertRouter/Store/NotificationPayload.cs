using System.Text.Json.Serialization;
using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// The content of a notification as decided at a flush: the group labels and every alert that survived inhibition
/// and muting, with its status at the flush. Rendering happens at send time with the current templates, so no
/// rendered body (and no secret) is ever stored.
/// </summary>
/// <param name="RepeatInterval">The route's repeat_interval at the decision; the nflog entry lives for twice that.</param>
public sealed record NotificationPayload(
    [property: JsonPropertyName("groupLabels"), JsonConverter(typeof(LabelSetJsonConverter))] LabelSet GroupLabels,
    [property: JsonPropertyName("repeatInterval")] TimeSpan RepeatInterval,
    [property: JsonPropertyName("alerts")] IReadOnlyList<PayloadAlert> Alerts);

public sealed record PayloadAlert(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("version")] long Version,
    [property: JsonPropertyName("labels"), JsonConverter(typeof(LabelSetJsonConverter))] LabelSet Labels,
    [property: JsonPropertyName("annotations"), JsonConverter(typeof(LabelSetJsonConverter))] LabelSet Annotations,
    [property: JsonPropertyName("startsAt")] DateTimeOffset StartsAt,
    [property: JsonPropertyName("endsAt")] DateTimeOffset EndsAt,
    [property: JsonPropertyName("generatorURL")] string GeneratorUrl,
    [property: JsonPropertyName("resolved")] bool Resolved);

[JsonSerializable(typeof(NotificationPayload))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
