using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>Reading Rocket.Chat's answers (plain System.Text.Json; the Go converters are for writing).</summary>
[JsonSerializable(typeof(RocketChatResponse))]
internal sealed partial class RocketChatResponseJsonContext : JsonSerializerContext;
