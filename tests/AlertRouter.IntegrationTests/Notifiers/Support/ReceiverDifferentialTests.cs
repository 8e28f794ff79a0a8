using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Support;

/// <summary>
/// 0 differences against a live Alertmanager 0.25 (<see cref="ReceiverDifferential"/>), firing and resolved, for each
/// receiver whose endpoint 0.25 lets a config override, with the default templates.
/// </summary>
public class ReceiverDifferentialTests
{
    public static TheoryData<string, string, string> Receivers => new()
    {
        {
            "opsgenie", "    opsgenie_configs: [{api_key: og-diff-key-0123, api_url: 'BASE/'}]",
            """{"result":"Request will be processed","took":0.1,"requestId":"x"}"""
        },
        {
            "victorops", "    victorops_configs: [{api_key: vo-diff-key-0123, api_url: 'BASE/integrations/generic/20131114/alert/', routing_key: storage-team}]",
            """{"result":"success","entity_id":"x"}"""
        },
        {
            "wechat", "    wechat_configs: [{api_secret: wx-diff-secret-0123, corp_id: wwdiff, api_url: 'BASE/cgi-bin/', to_user: '@all', agent_id: '1000002', send_resolved: true}]",
            """{"errcode":0,"errmsg":"ok","access_token":"wechat-diff-token","expires_in":7200}"""
        },
    };

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task FiringThenResolved_SameAlertsAsAlertmanager_SameRequests(string kind, string receiver, string accepted)
    {
        var (alertmanager, alertRouter) = await ReceiverDifferential.RunAsync(receiver, ScriptedResponse.Json(200, accepted));

        Assert.True(alertmanager.Count >= 2, $"{kind}: Alertmanager sent {alertmanager.Count} requests");
        Assert.Equal(alertmanager, alertRouter);
    }
}
