using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webex;

/// <summary>Webex for the shared contract: the bot token as http_config.authorization, answered with the message JSON.</summary>
internal sealed class WebexContract : IntegrationContract
{
    private const string Token = "wxCONTRACT8c2e6a4d1f";

    public override string Type => "webex";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"id":"m","roomId":"room-contract"}""");

    public override string Config(ContractTarget target) =>
        $"{{api_url: '{target.Address}/v1/messages', room_id: room-contract, http_config: {{authorization: {{credentials: '{Token}'}}}}}}";
}
