using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>The card's Teams-specific <c>msteams</c> object: its width.</summary>
internal sealed record MSTeamsV2Width([property: JsonPropertyName("width")] string Width);
