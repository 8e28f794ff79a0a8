using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Wechat;

/// <summary>
/// WeChat for the shared contract: the API secret goes to <c>gettoken</c> (answered, not counted as an attempt), the
/// message to <c>message/send</c>; WeChat accepts with errcode 0.
/// </summary>
internal sealed class WechatContract : IntegrationContract
{
    private const string ApiSecret = "wxCONTRACT6e0a4c8b2d";

    public override string Type => "wechat";

    public override IReadOnlyList<string> Secrets => [ApiSecret];

    public override ScriptedResponse Accepted =>
        ScriptedResponse.Json(200, """{"errcode":0,"errmsg":"ok","access_token":"contract-access-token","expires_in":7200}""");

    public override string Config(ContractTarget target) =>
        $"{{api_secret: '{ApiSecret}', corp_id: wwcontract, api_url: '{target.Address}/cgi-bin/', to_user: '@all', agent_id: '1000002'}}";

    public override bool IsAttempt(CapturedRequest request) => !request.Path.EndsWith("/gettoken", StringComparison.Ordinal);
}
