using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Discord;

/// <summary>Reading Discord's 429 body (plain System.Text.Json; the Go converters are for writing).</summary>
[JsonSerializable(typeof(DiscordRateLimit))]
internal sealed partial class DiscordResponseJsonContext : JsonSerializerContext;
