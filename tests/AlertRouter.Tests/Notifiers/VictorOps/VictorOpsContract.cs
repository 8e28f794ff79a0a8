using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.VictorOps;

/// <summary>VictorOps for the shared contract: the REST endpoint with the API key in its path, answering as VictorOps does.</summary>
internal sealed class VictorOpsContract : IntegrationContract
{
    private const string ApiKey = "voCONTRACT8c2e6a4f1d";

    public override string Type => "victorops";

    public override IReadOnlyList<string> Secrets => [ApiKey];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"result":"success","entity_id":"x"}""");

    public override string Config(ContractTarget target) =>
        $"{{api_key: '{ApiKey}', api_url: '{target.Address}/integrations/generic/20131114/alert/', routing_key: contract-team}}";
}
