using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Mattermost;

/// <summary>Mattermost for the shared contract: an incoming webhook whose key is the secret, answering <c>200 ok</c>.</summary>
internal sealed class MattermostContract : IntegrationContract
{
    private const string Key = "mmCONTRACT3f7a1c9e5b";

    public override string Type => "mattermost";

    public override IReadOnlyList<string> Secrets => [Key];

    public override string Config(ContractTarget target) => $"{{webhook_url: '{target.Address}/hooks/{Key}', channel: 'contract'}}";
}
