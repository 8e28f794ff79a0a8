using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.MSTeamsV2;

/// <summary>Teams Workflows for the shared contract: the flow URL's <c>sig</c> is the secret; a flow accepts with 202.</summary>
internal sealed class MSTeamsV2Contract : IntegrationContract
{
    private const string Signature = "flowCONTRACT8c2e4a6b1d";

    public override string Type => "msteamsv2";

    public override IReadOnlyList<string> Secrets => [Signature];

    public override ScriptedResponse Accepted => new(202);

    public override string Config(ContractTarget target) =>
        $"{{webhook_url: '{target.Address}/workflows/x/triggers/manual/paths/invoke?api-version=1&sig={Signature}'}}";
}
