using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.GoogleChat;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter)])]
[JsonSerializable(typeof(GoogleChatMessage))]
internal sealed partial class GoogleChatJsonContext : JsonSerializerContext;
