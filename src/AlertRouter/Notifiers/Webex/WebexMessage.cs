using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Webex;

/// <summary>Create a Message's body as Alertmanager writes it: <c>markdown</c> always, <c>roomId</c> when not empty.</summary>
internal sealed record WebexMessage(
    [property: JsonPropertyName("markdown")] string Markdown,
    [property: JsonPropertyName("roomId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RoomId);
