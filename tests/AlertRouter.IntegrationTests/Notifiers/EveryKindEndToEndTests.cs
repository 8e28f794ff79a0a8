using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Pushover;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Notifiers;

/// <summary>
/// Debian's Alertmanager 0.25 posts one group to AlertRouter, whose route sends it to one receiver holding one config
/// of every registered kind, each pointed at its own vendor stand-in (email at aiosmtpd with STARTTLS and AUTH). Each
/// stand-in must see exactly one delivery, and the delivery log and metrics must show one delivered notification per
/// integration. Requests that are not the delivery itself (WeChat's token fetch, Jira's search for an open issue) are
/// answered but not counted.
/// </summary>
public class EveryKindEndToEndTests
{
    private const string SmtpUser = "alertrouter";
    private const string SmtpPassword = "Every-Kind-Sm7p!";

    /// <summary>A vendor stand-in: its config block, its success answer and which of its requests are deliveries.</summary>
    private sealed record Vendor(string Kind, Func<string, string> Block, Func<CapturedRequest, ScriptedResponse> Answer, Func<CapturedRequest, bool> IsDelivery);

    private static readonly ScriptedResponse Ok = new(200, "ok");

    private static readonly Vendor[] Vendors =
    [
        Http("webhook", u => $"webhook_configs: [{{url: '{u}/alerts'}}]", Ok),
        Http("pagerduty", u => $"pagerduty_configs: [{{routing_key: 0123456789abcdef0123456789abcdef, url: '{u}/v2/enqueue'}}]",
            ScriptedResponse.Json(202, """{"status":"success","message":"Event processed","dedup_key":"x"}""")),
        Http("opsgenie", u => $"opsgenie_configs: [{{api_key: opsgenie-key, api_url: '{u}/'}}]",
            ScriptedResponse.Json(202, """{"result":"Request will be processed","took":0.01,"requestId":"x"}""")),
        new("wechat", u => $"wechat_configs: [{{api_url: '{u}/cgi-bin/', api_secret: wechat-secret, corp_id: wwcorp}}]",
            _ => ScriptedResponse.Json(200, """{"errcode":0,"errmsg":"ok","access_token":"wechat-token","expires_in":7200}"""),
            r => !r.Path.EndsWith("/gettoken", StringComparison.Ordinal)),
        Http("slack", u => $"slack_configs: [{{api_url: '{u}/services/T0/B0/X0', channel: '#alerts'}}]", Ok),
        Http("victorops", u => $"victorops_configs: [{{api_key: victorops-key, api_url: '{u}/integrations/generic/20131114/alert/', routing_key: storage}}]",
            ScriptedResponse.Json(200, """{"result":"success","entity_id":"x"}""")),
        Http("pushover", _ => "pushover_configs: [{user_key: uQiRzpo4DXghDmr9QzzfQu27cmVRsG, token: azGDORePK8gMaC0QOYAMyEEuzJnyUi}]",
            ScriptedResponse.Json(200, """{"status":1,"request":"x"}""")),
        Http("sns", u => $"sns_configs: [{{api_url: '{u}/', topic_arn: 'arn:aws:sns:us-east-1:123456789012:alerts', " +
            "sigv4: {region: us-east-1, access_key: AKIDEXAMPLE, secret_key: wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY}}]",
            new(200, "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>", ContentType: "text/xml")),
        Http("telegram", u => $"telegram_configs: [{{api_url: '{u}', bot_token: '123456:ABC-DEF', chat_id: -1001234567890}}]",
            ScriptedResponse.Json(200, """{"ok":true,"result":{"message_id":1}}""")),
        Http("discord", u => $"discord_configs: [{{webhook_url: '{u}/api/webhooks/1234/discord-token'}}]", new(204)),
        Http("webex", u => $"webex_configs: [{{api_url: '{u}/v1/messages', room_id: room, http_config: {{authorization: {{credentials: webex-token}}}}}}]",
            ScriptedResponse.Json(200, """{"id":"m","roomId":"room"}""")),
        Http("msteams", u => $"msteams_configs: [{{webhook_url: '{u}/webhookb2/x/IncomingWebhook/y/z'}}]", new(200, "1")),
        Http("msteamsv2", u => $"msteamsv2_configs: [{{webhook_url: '{u}/workflows/x/triggers/manual/paths/invoke'}}]", new(202)),
        new("jira", u => $"jira_configs: [{{api_url: '{u}/rest/api/2/', project: OPS, issue_type: Bug, " +
            "http_config: {basic_auth: {username: alerts@example.com, password: jira-token}}}]",
            r => IsJiraSearch(r) ? ScriptedResponse.Json(200, """{"issues":[]}""") : ScriptedResponse.Json(201, """{"id":"10001","key":"OPS-1"}"""),
            r => !IsJiraSearch(r)),
        Http("rocketchat", u => $"rocketchat_configs: [{{api_url: '{u}/', token: rc-token, token_id: rc-user, channel: '#alerts'}}]",
            ScriptedResponse.Json(200, """{"success":true}""")),
        Http("incidentio", u => $"incidentio_configs: [{{url: '{u}/v2/alert_events/alertmanager/01GW2G3V0S59R238FAHPDS1R66', alert_source_token: io-token}}]",
            ScriptedResponse.Json(202, """{"status":"success","message":"Event accepted for processing"}""")),
        Http("mattermost", u => $"mattermost_configs: [{{webhook_url: '{u}/hooks/key'}}]", Ok),
        Http("googlechat", u => $"googlechat_configs: [{{webhook_url: '{u}/v1/spaces/A/messages?key=k&token=t'}}]",
            ScriptedResponse.Json(200, """{"name":"spaces/A/messages/x"}""")),
    ];

    [Fact]
    public async Task AlertmanagerGroup_ReceiverWithEveryKind_EachVendorGetsOneDelivery()
    {
        await using var smtp = await SmtpServer.StartAsync(starttls: true, SmtpUser, SmtpPassword);
        var servers = new Dictionary<string, CaptureServer>();
        try
        {
            foreach (var vendor in Vendors)
            {
                var server = await CaptureServer.StartAsync();
                server.Responder = vendor.Answer;
                servers[vendor.Kind] = server;
            }

            await RunAsync(smtp, servers);
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task RunAsync(SmtpServer smtp, Dictionary<string, CaptureServer> servers)
    {
        var blocks = string.Concat(Vendors.Select(v => $"    {v.Block(servers[v.Kind].Url.TrimEnd('/'))}\n"));
        await using var router = await TestApp.StartAsync($$"""
            route: {receiver: everything, group_by: [alertname], group_wait: 1s, group_interval: 1h, repeat_interval: 1h}
            receivers:
              - name: everything
                email_configs:
                  - {to: oncall@example.test, from: alertrouter@example.test, smarthost: '{{smtp.Smarthost}}', auth_username: {{SmtpUser}}, auth_password: '{{SmtpPassword}}', tls_config: {insecure_skip_verify: true} }
            {{blocks}}
            """,
            services: s => s.Configure<PushoverEndpoint>(e => e.Url = servers["pushover"].Url.TrimEnd('/') + "/1/messages.json"));
        await using var am = await AlertmanagerProcess.StartAsync($$"""
            route: {receiver: alertrouter, group_by: ['...'], group_wait: 1s, group_interval: 1h, repeat_interval: 1h}
            receivers:
              - name: alertrouter
                webhook_configs: [{url: "{{router.ApiUrl}}/api/v1/alerts"}]
            """);

        await am.AddAlertAsync(["alertname=EveryKind", "severity=critical", "instance=db-1:9100"], DateTimeOffset.UtcNow);

        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(60));
        foreach (var vendor in Vendors)
        {
            await WaitForDeliveryAsync(vendor, servers[vendor.Kind]);
        }

        // A second delivery would come from a retry or a duplicate post; give either time to show.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(smtp.Messages);
        Assert.All(Vendors, v => Assert.True(servers[v.Kind].Requests.Count(v.IsDelivery) == 1,
            $"{v.Kind}: {servers[v.Kind].Requests.Count(v.IsDelivery)} deliveries: {string.Join(" | ", servers[v.Kind].Requests.Select(r => r.Method + " " + r.Path))}"));

        string[] kinds = ["email", .. Vendors.Select(v => v.Kind)];
        Assert.Equal(Integrations.All.Select(i => i.Type).Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
        using var log = JsonDocument.Parse(await router.Api.GetStringAsync("/api/v1/notifications?receiver=everything&limit=100"));
        var rows = log.RootElement.EnumerateArray().ToList();
        Assert.Equal(kinds.Order(StringComparer.Ordinal), rows.Select(r => Kind(r.GetProperty("integration").GetString()!)).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(("delivered", 1), (r.GetProperty("state").GetString(), r.GetProperty("attempts").GetInt32())));
        var metrics = await MetricsScrape.FetchAsync(router.Ops);
        Assert.All(kinds, kind =>
        {
            Assert.Equal(1, metrics.Value("alertrouter_notifications_total", ("integration", kind), ("receiver", "everything")));
            Assert.Equal(0, metrics.Sum("alertrouter_notifications_failed_total", ("integration", kind)));
            Assert.Equal(0, metrics.Value("alertrouter_notification_requests_failed_total", ("integration", kind), ("receiver", "everything")));
        });
    }

    private static async Task WaitForDeliveryAsync(Vendor vendor, CaptureServer server)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!server.Requests.Any(vendor.IsDelivery))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{vendor.Kind}: no delivery; got {string.Join(" | ", server.Requests.Select(r => r.Method + " " + r.Path))}");
            }

            await Task.Delay(100);
        }
    }

    // The delivery log names an integration by kind and index (webhook[0]).
    private static string Kind(string integration) => integration.Split('[')[0];

    private static Vendor Http(string kind, Func<string, string> block, ScriptedResponse answer) => new(kind, block, _ => answer, _ => true);

    private static bool IsJiraSearch(CapturedRequest r) => r.Path.EndsWith("/search", StringComparison.Ordinal);
}
