using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Slack;

/// <summary>Slack for the shared contract: an incoming webhook, whose URL is the secret, answering <c>ok</c>.</summary>
internal sealed class SlackContract : IntegrationContract
{
    private const string Token = "slackCONTRACT4e8b2a6c9d";

    public override string Type => "slack";

    public override IReadOnlyList<string> Secrets => [Token];

    public override string Config(ContractTarget target) => $"{{api_url: '{target.Address}/services/T0CONTRACT/B0CONTRACT/{Token}', channel: '#contract'}}";
}
