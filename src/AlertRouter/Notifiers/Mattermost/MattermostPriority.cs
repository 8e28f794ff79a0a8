using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>A message's <c>priority</c> (Mattermost message priority): only <see cref="Priority"/> is a template.</summary>
public sealed record MattermostPriority(
    [property: JsonPropertyName("priority")] string Priority,
    [property: JsonPropertyName("requested_ack")] bool? RequestedAck,
    [property: JsonPropertyName("persistent_notifications")] bool? PersistentNotifications);
