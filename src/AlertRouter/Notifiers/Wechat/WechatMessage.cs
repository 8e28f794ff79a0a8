using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>
/// The <c>message/send</c> body in Alertmanager's field order: both <c>text</c> and <c>markdown</c> are always written
/// (the unused one empty), empty recipients are left out, <c>safe</c> is "0".
/// </summary>
internal sealed class WechatMessage
{
    [JsonPropertyName("text")]
    public required WechatContent Text { get; init; }

    [JsonPropertyName("touser")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToUser { get; init; }

    [JsonPropertyName("toparty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToParty { get; init; }

    [JsonPropertyName("totag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ToTag { get; init; }

    [JsonPropertyName("agentid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AgentId { get; init; }

    [JsonPropertyName("safe")]
    public string Safe { get; init; } = "0";

    [JsonPropertyName("msgtype")]
    public required string MessageType { get; init; }

    [JsonPropertyName("markdown")]
    public required WechatContent Markdown { get; init; }
}
