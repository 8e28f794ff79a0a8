using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Incidentio;

/// <summary>incident.io for the shared contract: an alert source URL and its token, both secrets; accepted with 202.</summary>
internal sealed class IncidentioContract : IntegrationContract
{
    private const string Token = "iioCONTRACT6d2b8f4a1e";

    public override string Type => "incidentio";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(202, """{"status":"success","message":"Event accepted for processing"}""");

    public override string Config(ContractTarget target) =>
        $"{{url: '{target.Address}/v2/alert_events/alertmanager/01CONTRACT', alert_source_token: '{Token}'}}";
}
