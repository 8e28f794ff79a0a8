using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Webhook;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter), typeof(GoMapConverter)])]
[JsonSerializable(typeof(WebhookMessage))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
