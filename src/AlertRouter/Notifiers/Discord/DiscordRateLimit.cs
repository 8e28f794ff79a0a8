using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Discord;

/// <summary>Discord's 429 body: <c>{"message":"You are being rate limited.","retry_after":64.57,"global":false}</c>.</summary>
internal sealed class DiscordRateLimit
{
    [JsonPropertyName("retry_after")]
    public double? RetryAfter { get; init; }

    [JsonPropertyName("global")]
    public bool Global { get; init; }
}
