using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.MSTeams;

/// <summary>Teams connectors for the shared contract: the webhook URL is the secret; a connector accepts with <c>200 1</c>.</summary>
internal sealed class MSTeamsContract : IntegrationContract
{
    private const string Token = "teamsCONTRACT5b1d9e3a7c";

    public override string Type => "msteams";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => new(200, "1");

    public override string Config(ContractTarget target) => $"{{webhook_url: '{target.Address}/webhookb2/{Token}/IncomingWebhook/x'}}";
}
