using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.RocketChat;

/// <summary>Rocket.Chat for the shared contract: the token and its user id as headers, answered with <c>success:true</c>.</summary>
internal sealed class RocketChatContract : IntegrationContract
{
    private const string Token = "rcCONTRACT1f5b9d3e7a";
    private const string UserId = "rcUSERCONTRACT6a2c8e4b";

    public override string Type => "rocketchat";

    public override IReadOnlyList<string> Secrets => [Token, UserId];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"success":true}""");

    public override string Config(ContractTarget target) =>
        $"{{api_url: '{target.Address}/', token: '{Token}', token_id: '{UserId}', channel: '#contract'}}";
}
