using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Opsgenie;

/// <summary>Opsgenie for the shared contract: Alert API v2 with a GenieKey, accepted with 202 as Opsgenie does.</summary>
internal sealed class OpsgenieContract : IntegrationContract
{
    private const string ApiKey = "ogCONTRACT3b7d1f9a5c";

    public override string Type => "opsgenie";

    public override IReadOnlyList<string> Secrets => [ApiKey];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(202, """{"result":"Request will be processed","took":0.01,"requestId":"x"}""");

    public override string Config(ContractTarget target) => $"{{api_key: '{ApiKey}', api_url: '{target.Address}/'}}";
}
