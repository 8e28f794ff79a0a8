using AlertRouter.IntegrationTests.Notifiers.Support;
using AlertRouter.Notifiers.Pushover;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Notifiers.Pushover;

/// <summary>
/// Each variant against what Alertmanager 0.25 sent to its fixed endpoint (testdata/receivers/pushover, the request
/// inside the recording proxy's tunnel): the default templates, every field templated with <c>html: true</c>, and
/// the title, message and url cuts.
/// </summary>
public sealed class PushoverRecordedTests : RecordedReceiverTest
{
    private protected override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"status":1,"request":"recorded"}""");

    [Theory]
    [InlineData("default", "firing")]
    [InlineData("default", "resolved")]
    [InlineData("templated", "firing")]
    [InlineData("templated", "resolved")]
    [InlineData("truncation", "firing")]
    [InlineData("truncation", "resolved")]
    public Task Notify_RecordedVariant_SendsWhatAlertmanagerSent(string variant, string phase) =>
        AssertSendsRecordedAsync<PushoverConfig>("pushover", variant, phase);

    private protected override void Configure(IServiceCollection services, string server) =>
        services.Configure<PushoverEndpoint>(e => e.Url = server + "/1/messages.json");
}
