using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>
/// The Workflows webhook body (Microsoft's "request body schema" for the Teams connector): a message with one Adaptive
/// Card attachment, keys in Alertmanager's order.
/// </summary>
internal sealed record MSTeamsV2Message(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("attachments")] IReadOnlyList<MSTeamsV2Attachment> Attachments);
