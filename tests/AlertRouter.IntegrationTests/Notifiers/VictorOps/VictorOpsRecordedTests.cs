using AlertRouter.IntegrationTests.Notifiers.Support;
using AlertRouter.Notifiers.VictorOps;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.VictorOps;

/// <summary>
/// Each variant against what Alertmanager 0.25 sent (testdata/receivers/victorops): the default templates, every field
/// templated with custom fields, the 20480-rune state_message cut, and RECOVERY when resolved.
/// </summary>
public sealed class VictorOpsRecordedTests : RecordedReceiverTest
{
    private protected override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"result":"success","entity_id":"recorded"}""");

    [Theory]
    [InlineData("default", "firing")]
    [InlineData("default", "resolved")]
    [InlineData("templated", "firing")]
    [InlineData("templated", "resolved")]
    [InlineData("truncation", "firing")]
    [InlineData("truncation", "resolved")]
    public Task Notify_RecordedVariant_SendsWhatAlertmanagerSent(string variant, string phase) =>
        AssertSendsRecordedAsync<VictorOpsConfig>("victorops", variant, phase);
}
