using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>ResponseParameters: the flood-control wait in whole seconds, or the id a group migrated to.</summary>
internal sealed class TelegramResponseParameters
{
    [JsonPropertyName("retry_after")]
    public int? RetryAfter { get; init; }

    [JsonPropertyName("migrate_to_chat_id")]
    public long? MigrateToChatId { get; init; }
}
