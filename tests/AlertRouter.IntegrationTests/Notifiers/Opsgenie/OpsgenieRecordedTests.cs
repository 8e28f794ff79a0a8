using AlertRouter.IntegrationTests.Notifiers.Support;
using AlertRouter.Notifiers.Opsgenie;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Opsgenie;

/// <summary>
/// Each variant against what Alertmanager 0.25 sent (testdata/receivers/opsgenie): the default templates, every field
/// templated with update_alerts (a create then two PUTs), the 130-rune message cut, and the close when resolved.
/// </summary>
public sealed class OpsgenieRecordedTests : RecordedReceiverTest
{
    private protected override ScriptedResponse Accepted =>
        ScriptedResponse.Json(202, """{"result":"Request will be processed","took":0.1,"requestId":"x"}""");

    [Theory]
    [InlineData("default", "firing", 1)]
    [InlineData("default", "resolved", 1)]
    [InlineData("templated", "firing", 3)]
    [InlineData("templated", "resolved", 1)]
    [InlineData("truncation", "firing", 1)]
    [InlineData("truncation", "resolved", 1)]
    public Task Notify_RecordedVariant_SendsWhatAlertmanagerSent(string variant, string phase, int requests) =>
        AssertSendsRecordedAsync<OpsgenieConfig>("opsgenie", variant, phase, requests);
}
