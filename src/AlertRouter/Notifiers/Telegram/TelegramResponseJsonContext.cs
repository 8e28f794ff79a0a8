using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>Reading the Bot API's answers (plain System.Text.Json; the Go converters are for writing).</summary>
[JsonSerializable(typeof(TelegramResponse))]
internal sealed partial class TelegramResponseJsonContext : JsonSerializerContext;
