using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Wechat;

/// <summary><c>{"content": …}</c> of a text or markdown message.</summary>
internal sealed record WechatContent([property: JsonPropertyName("content")] string Content);
