using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>PagerDuty's answer: <c>{"status","message","dedup_key"}</c>, with <c>errors[]</c> on 400.</summary>
internal sealed class PagerDutyResponse
{
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<string>? Errors { get; init; }
}
