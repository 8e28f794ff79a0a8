using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// The sendMessage body as Alertmanager's telebot writes it: a JSON object of strings only, keys in byte order
/// (declaration order here), <c>disable_web_page_preview</c> always "true".
/// </summary>
internal sealed class TelegramMessage
{
    [JsonPropertyName("chat_id")]
    public required string ChatId { get; init; }

    [JsonPropertyName("disable_notification")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisableNotification { get; init; }

    [JsonPropertyName("disable_web_page_preview")]
    public string DisableWebPagePreview { get; } = "true";

    [JsonPropertyName("message_thread_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageThreadId { get; init; }

    [JsonPropertyName("parse_mode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParseMode { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }
}
