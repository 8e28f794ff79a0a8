using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Webhook;

namespace AlertRouter.Tests.Config;

public class ReceiverParsingTests
{
    [Fact]
    public void Load_DefaultsPerIntegration_AsAlertmanager()
    {
        var config = TestConfigs.LoadValid("""
            global:
              smtp_smarthost: smtp.example.com:587
              smtp_from: am@example.com
              smtp_auth_username: user
              smtp_auth_password: pw
              slack_api_url: https://hooks.slack.com/global
              pagerduty_url: https://pd.example.com/enqueue
            route: {receiver: r}
            receivers:
              - name: r
                pagerduty_configs: [{routing_key: rk}]
                slack_configs: [{channel: '#c'}]
                email_configs: [{to: ops@example.com}]
                webhook_configs: [{url: 'http://127.0.0.1/hook'}]
            """);

        var integrations = config.Receivers["r"].Integrations;
        var webhook = Assert.IsType<WebhookConfig>(integrations[0]);
        var email = Assert.IsType<EmailConfig>(integrations[1]);
        var pagerduty = Assert.IsType<PagerDutyConfig>(integrations[2]);
        var slack = Assert.IsType<SlackConfig>(integrations[3]);

        Assert.True(webhook.SendResolved);
        Assert.True(pagerduty.SendResolved);
        Assert.False(slack.SendResolved);
        Assert.False(email.SendResolved);
        Assert.Equal("https://pd.example.com/enqueue", pagerduty.Url);
        Assert.Equal("rk", pagerduty.RoutingKey!.Reveal());
        Assert.Equal(PagerDutyDedupKeyMode.Group, pagerduty.DedupKeyMode);
        Assert.Equal("https://hooks.slack.com/global", slack.ApiUrl!.Reveal());
        Assert.True(slack.UpdateMessage);
        Assert.Null(slack.Title);
        Assert.Equal(("am@example.com", "smtp.example.com:587", "localhost", "user", "pw", true),
            (email.From, email.Smarthost, email.Hello, email.AuthUsername, email.AuthPassword!.Reveal(), email.RequireTls));
        Assert.All(integrations, i => Assert.True(i.IsConfigured));
    }

    [Fact]
    public void Load_AlertRouterExtensions_AreParsedAndLeftOutOfAlertmanagerYaml()
    {
        var config = TestConfigs.LoadValid("""
            route: {receiver: r}
            receivers:
              - name: r
                pagerduty_configs: [{routing_key: rk, dedup_key_mode: alert}]
                slack_configs: [{api_url: 'https://hooks.slack.com/x', update_message: false}]
            """);

        Assert.Equal(PagerDutyDedupKeyMode.Alert, Assert.IsType<PagerDutyConfig>(config.Receivers["r"].Integrations[0]).DedupKeyMode);
        Assert.False(Assert.IsType<SlackConfig>(config.Receivers["r"].Integrations[1]).UpdateMessage);
        Assert.DoesNotContain("dedup_key_mode", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's:465', tls_config: {cert_file: c.pem}}]", "exactly one of key or key_file must be configured when a client certificate is configured")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's:465', tls_config: {ca: x, ca_file: y}}]", "at most one of ca and ca_file must be configured")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's:25', tls_config: {min_version: TLS14}}]", "unknown TLS version: TLS14")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's:25', tls_config: {min_version: TLS13, max_version: TLS12}}]", "tls_config.max_version must be greater than or equal to tls_config.min_version if both are specified")]
    [InlineData("pagerduty_configs: [{routing_key: rk, dedup_key_mode: incident}]", "dedup_key_mode must be \"group\" or \"alert\", not \"incident\"")]
    [InlineData("pagerduty_configs: [{severity: critical}]", "missing service or routing key in PagerDuty config")]
    [InlineData("email_configs: [{from: x@y.z, smarthost: 's:25'}]", "missing to address in email config")]
    [InlineData("email_configs: [{to: a@b.c, smarthost: 's:25'}]", "no global SMTP from set")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z}]", "no global SMTP smarthost set")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's'}]", "address s: missing port in address")]
    [InlineData("slack_configs: [{channel: x}]", "no Slack API URL nor App token set either inline or in a file")]
    [InlineData("slack_configs: [{api_url: 'https://h/x', fields: [{value: v}]}]", "missing title in Slack field configuration")]
    [InlineData("slack_configs: [{api_url: 'https://h/x', actions: [{type: button, text: t}]}]", "missing name or url in Slack action configuration")]
    [InlineData("webhook_configs: [{url: 'ftp://x/y'}]", "unsupported scheme \"ftp\" for URL")]
    [InlineData("webhook_configs: [{url: 'http://x/y', url_file: /tmp/u}]", "at most one of url & url_file must be configured")]
    [InlineData("webhook_configs: [{url: 'http://x/y', http_config: {basic_auth: {username: u}, bearer_token: t}}]", "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured")]
    [InlineData("email_configs: [{to: a@b.c, from: x@y.z, smarthost: 's:25', headers: {subject: a, SUBJECT: b}}]", "duplicate header \"Subject\" in email config")]
    public void Load_InvalidIntegration_FailsWithMessage(string integration, string message)
    {
        var result = TestConfigs.Load($"route: {{receiver: r}}\nreceivers:\n  - name: r\n    {integration}\n");

        Assert.Contains(result.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmailTlsSettings_PerReceiverWithTheGlobalsAsDefaults()
    {
        var config = TestConfigs.LoadValid("""
            global: {smtp_force_implicit_tls: true, smtp_tls_config: {server_name: global.test}}
            route: {receiver: r}
            receivers:
              - name: r
                email_configs:
                  - {to: a@b.c, from: x@y.z, smarthost: 'smtp.example.com:465'}
                  - to: a@b.c
                    from: x@y.z
                    smarthost: 'smtp.example.com:587'
                    force_implicit_tls: false
                    tls_config: {ca_file: ca.pem, cert_file: /etc/c.pem, key: k3y-in-line, server_name: smtp.test, min_version: TLS13, insecure_skip_verify: true}
            """);

        var inherited = Assert.IsType<EmailConfig>(config.Receivers["r"].Integrations[0]);
        var own = Assert.IsType<EmailConfig>(config.Receivers["r"].Integrations[1]);
        Assert.True(inherited.ForceImplicitTls);
        Assert.Equal("global.test", inherited.Tls.ServerName);
        Assert.False(own.ForceImplicitTls);
        Assert.True(Path.IsPathRooted(own.Tls.CaFile));
        Assert.Equal("ca.pem", Path.GetFileName(own.Tls.CaFile));
        Assert.Equal("/etc/c.pem", own.Tls.CertFile);
        Assert.Equal("k3y-in-line", own.Tls.Key!.Reveal());
        Assert.Equal(("smtp.test", "TLS13", true), (own.Tls.ServerName, own.Tls.MinVersion, own.Tls.InsecureSkipVerify));
        Assert.DoesNotContain("k3y-in-line", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SecretFiles_AreReadRelativeToTheConfigFile()
    {
        var (result, dir) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["am.yml"] = "route: {receiver: r}\nreceivers:\n  - name: r\n    pagerduty_configs: [{routing_key_file: secrets/pd}]\n",
            ["secrets/pd"] = "from-file\n",
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors) + dir);
        Assert.Equal("from-file", Assert.IsType<PagerDutyConfig>(result.Config!.Receivers["r"].Integrations[0]).RoutingKey!.Reveal());
    }
}
