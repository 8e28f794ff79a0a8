using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Slack;

/// <summary>Reading Slack's answers (plain System.Text.Json; the Go converters are for writing).</summary>
[JsonSerializable(typeof(SlackApiResponse))]
internal sealed partial class SlackResponseJsonContext : JsonSerializerContext;
