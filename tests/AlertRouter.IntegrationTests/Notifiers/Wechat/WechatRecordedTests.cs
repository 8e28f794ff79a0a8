using AlertRouter.IntegrationTests.Notifiers.Support;
using AlertRouter.Notifiers.Wechat;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Wechat;

/// <summary>
/// Each variant against what Alertmanager 0.25 sent (testdata/receivers/wechat): the token fetch then the message on a
/// fresh process, the default templates, every field templated as markdown. The resolved notification is compared
/// on its own (a fresh notifier fetches a token first; the recording's process still held one).
/// </summary>
public sealed class WechatRecordedTests : RecordedReceiverTest
{
    private protected override ScriptedResponse Accepted =>
        ScriptedResponse.Json(200, """{"errcode":0,"errmsg":"ok","access_token":"wechat-access-token-0123","expires_in":7200,"msgid":"recorded"}""");

    [Theory]
    [InlineData("default")]
    [InlineData("templated")]
    [InlineData("truncation")]
    public Task Notify_RecordedVariantFiring_FetchesTokenThenSendsWhatAlertmanagerSent(string variant) =>
        AssertSendsRecordedAsync<WechatConfig>("wechat", variant, "firing", 2);

    [Theory]
    [InlineData("default")]
    [InlineData("templated")]
    [InlineData("truncation")]
    public Task Notify_RecordedVariantResolved_SendsWhatAlertmanagerSent(string variant) =>
        AssertSendsRecordedAsync<WechatConfig>("wechat", variant, "resolved", 1, skip: 1);
}
