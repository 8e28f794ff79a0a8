using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.GoogleChat;

/// <summary>Google Chat for the shared contract: a space webhook whose key and token are the secret, answering with the message.</summary>
internal sealed class GoogleChatContract : IntegrationContract
{
    private const string Token = "gcCONTRACT1f5b9d3e7a";

    public override string Type => "googlechat";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"name":"spaces/CONTRACT/messages/x"}""");

    public override string Config(ContractTarget target) => $"{{webhook_url: '{target.Address}/v1/spaces/CONTRACT/messages?key=k&token={Token}'}}";
}
