using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>What WeChat Work answers: <c>errcode</c> (0 is success), <c>errmsg</c>, and the token of <c>gettoken</c>.</summary>
internal sealed record WechatReply(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("access_token")] string? AccessToken);
