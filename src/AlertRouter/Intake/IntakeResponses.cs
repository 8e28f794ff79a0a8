using System.Text.Json.Serialization;

namespace AlertRouter.Intake;

/// <summary>The 202 body: how many alerts were accepted, and the receipt (a duplicate gets the original's receipt).</summary>
internal sealed record IntakeAccepted(
    [property: JsonPropertyName("receiptId")] string ReceiptId,
    [property: JsonPropertyName("accepted")] int Accepted,
    [property: JsonPropertyName("duplicate")] bool Duplicate);

/// <summary>One alert in <c>GET /api/v1/alerts</c>.</summary>
internal sealed record AlertView(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels,
    [property: JsonPropertyName("annotations")] IReadOnlyDictionary<string, string> Annotations,
    [property: JsonPropertyName("startsAt")] string StartsAt,
    [property: JsonPropertyName("endsAt")] string EndsAt,
    [property: JsonPropertyName("generatorURL")] string GeneratorUrl,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt,
    [property: JsonPropertyName("lastSeenAt")] string LastSeenAt,
    [property: JsonPropertyName("inhibitedBy")] IReadOnlyList<string> InhibitedBy,
    [property: JsonPropertyName("mutedBy")] IReadOnlyList<string> MutedBy);
