using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.PagerDuty;

/// <summary>PagerDuty for the shared contract: Events API v2 with a routing key, accepted with 202 as PagerDuty does.</summary>
internal sealed class PagerDutyContract : IntegrationContract
{
    private const string RoutingKey = "pdCONTRACT7f3a9c1e5b2d";

    public override string Type => "pagerduty";

    public override IReadOnlyList<string> Secrets => [RoutingKey];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(202, """{"status":"success","message":"Event processed","dedup_key":"x"}""");

    public override string Config(ContractTarget target) => $"{{routing_key: '{RoutingKey}', url: '{target.Address}/v2/enqueue'}}";
}
