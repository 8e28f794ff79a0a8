using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// A Bot API answer: <c>{"ok":true,"result":{…}}</c> or
/// <c>{"ok":false,"error_code":429,"description":"…","parameters":{"retry_after":N}}</c>.
/// </summary>
internal sealed class TelegramResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error_code")]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("parameters")]
    public TelegramResponseParameters? Parameters { get; init; }
}
