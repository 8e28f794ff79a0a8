using AlertRouter.Config.Yaml;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Config;

/// <summary>Parses <c>global:</c>. Unset <c>${VAR}</c>s here are not errors: they make the inheriting integrations unconfigured.</summary>
internal static class GlobalParser
{
    // Known to Alertmanager (0.25 to 0.34) for integrations AlertRouter does not deliver: accepted, not used.
    private static readonly string[] OtherIntegrationKeys =
    [
        "opsgenie_api_url", "opsgenie_api_key", "opsgenie_api_key_file", "wechat_api_url", "wechat_api_secret",
        "wechat_api_secret_file", "wechat_api_corp_id", "victorops_api_url", "victorops_api_key", "victorops_api_key_file",
        "telegram_api_url", "telegram_bot_token", "telegram_bot_token_file", "webex_api_url", "jira_api_url",
        "rocketchat_api_url", "rocketchat_token", "rocketchat_token_file", "rocketchat_token_id", "rocketchat_token_id_file",
        "mattermost_webhook_url", "mattermost_webhook_url_file",
    ];

    private static readonly HashSet<string> SecretKeys = new(StringComparer.Ordinal)
    {
        "opsgenie_api_key", "wechat_api_secret", "victorops_api_key", "telegram_bot_token", "rocketchat_token",
        "rocketchat_token_id", "mattermost_webhook_url",
    };

    public static GlobalConfig Parse(YamlNode? node, ParseContext ctx)
    {
        if (node is null)
        {
            return GlobalConfig.Default;
        }

        var m = new MappingReader(node, "config.plain", ctx);
        var missing = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        T Track<T>(string field, Func<List<string>, T> read)
        {
            var sink = new List<string>();
            using (ctx.CollectMissing(sink))
            {
                var value = read(sink);
                if (sink.Count > 0)
                {
                    missing[field] = sink;
                }

                return value;
            }
        }

        var resolveTimeout = m.Duration("resolve_timeout");
        var http = m.Node("http_config") is { } httpNode ? Track("http_config", sink => HttpConfigParser.Parse(httpNode, ctx, sink)) : null;
        var from = Track("smtp_from", _ => m.Str("smtp_from"));
        var hello = Track("smtp_hello", _ => m.Str("smtp_hello"));
        var smarthost = Track("smtp_smarthost", _ => m.Str("smtp_smarthost"));
        if (smarthost.Resolved && smarthost.Value!.Length > 0 && HostPort.Validate(smarthost.Value) is { } hostError)
        {
            ctx.Error(smarthost.Node, hostError);
        }

        var username = Track("smtp_auth_username", _ => m.Str("smtp_auth_username"));
        var password = Track("smtp_auth_password", sink => SecretReader.Read(m, "smtp_auth_password", "smtp_auth_password_file", sink, out _, out _));
        var secret = Track("smtp_auth_secret", sink => SecretReader.Read(m, "smtp_auth_secret", "smtp_auth_secret_file", sink, out _, out _));
        var identity = Track("smtp_auth_identity", _ => m.Str("smtp_auth_identity"));
        var requireTls = m.Bool("smtp_require_tls");
        var smtpTls = Track("smtp_tls_config", _ => TlsConfigParser.Parse(m.Node("smtp_tls_config"), ctx));
        var implicitTls = m.Bool("smtp_force_implicit_tls");
        var slack = Track("slack_api_url", sink => SecretReader.Read(m, "slack_api_url", "slack_api_url_file", sink, out _, out _));
        if (slack is not null && ConfigUrl.Validate(slack.Reveal()) is { } slackError)
        {
            ctx.Error(m.Node("slack_api_url") ?? m.Node("slack_api_url_file"), slackError);
        }

        var appToken = Track("slack_app_token", sink => SecretReader.Read(m, "slack_app_token", "slack_app_token_file", sink, out _, out _));
        var appUrl = m.Str("slack_app_url");
        var pagerduty = m.Str("pagerduty_url");
        if (pagerduty.Resolved && ConfigUrl.Validate(pagerduty.Value!) is { } pdError)
        {
            ctx.Error(pagerduty.Node, pdError);
        }

        foreach (var key in OtherIntegrationKeys)
        {
            if (m.Node(key) is { } other && SecretKeys.Contains(key))
            {
                ctx.Secrets.Add(other);
            }
        }

        m.Finish();
        return new GlobalConfig
        {
            ResolveTimeout = resolveTimeout ?? GlobalConfig.Default.ResolveTimeout,
            HttpConfig = http ?? HttpClientConfig.Default,
            SmtpFrom = NonEmpty(from),
            SmtpHello = NonEmpty(hello) ?? "localhost",
            SmtpSmarthost = NonEmpty(smarthost),
            SmtpAuthUsername = NonEmpty(username),
            SmtpAuthPassword = password,
            SmtpAuthSecret = secret,
            SmtpAuthIdentity = NonEmpty(identity),
            SmtpRequireTls = requireTls ?? true,
            SmtpTlsConfig = smtpTls,
            SmtpForceImplicitTls = implicitTls,
            SlackApiUrl = slack,
            SlackAppToken = appToken,
            SlackAppUrl = NonEmpty(appUrl) ?? GlobalConfig.Default.SlackAppUrl,
            PagerDutyUrl = NonEmpty(pagerduty) ?? GlobalConfig.Default.PagerDutyUrl,
            Missing = missing,
        };
    }

    private static string? NonEmpty(ScalarText text) => text.Resolved && text.Value!.Length > 0 ? text.Value : null;
}
