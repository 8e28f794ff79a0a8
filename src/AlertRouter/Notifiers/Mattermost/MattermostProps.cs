using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>The post's <c>props</c>: only <c>card</c> (the text shown in the message's side panel).</summary>
internal sealed record MattermostProps([property: JsonPropertyName("card")] string Card);
