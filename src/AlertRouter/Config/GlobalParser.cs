using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>
/// Parses <c>global:</c>: the shared keys here, each integration's own keys through <see cref="IIntegration.ParseGlobals"/>.
/// Unset <c>${VAR}</c>s here are not errors: they make the inheriting integrations unconfigured.
/// </summary>
internal static class GlobalParser
{
    // Known to Alertmanager (0.25 to 0.34): accepted, and unused until an integration that reads them is registered.
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

    /// <param name="node">The <c>global:</c> mapping; null when the files have none (every default applies).</param>
    public static GlobalConfig Parse(YamlNode? node, ParseContext ctx)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        var scope = new GlobalScope(m);
        var resolveTimeout = m.Duration("resolve_timeout");
        var http = m.Node("http_config") is { } httpNode ? scope.Track("http_config", sink => HttpConfigParser.Parse(httpNode, ctx, sink)) : null;
        var integrations = new Dictionary<Type, object>();
        foreach (var integration in Integrations.All)
        {
            if (integration.ParseGlobals(scope) is { } globals)
            {
                integrations[globals.GetType()] = globals;
            }
        }

        foreach (var key in OtherIntegrationKeys.Where(k => !m.IsKnown(k)))
        {
            if (m.Node(key) is { } other && SecretKeys.Contains(key))
            {
                ctx.Secrets.Add(other);
            }
        }

        m.Finish();
        return new GlobalConfig
        {
            ResolveTimeout = resolveTimeout ?? GlobalConfig.DefaultResolveTimeout,
            HttpConfig = http ?? HttpClientConfig.Default,
            ByIntegration = integrations,
            Missing = scope.Missing,
        };
    }
}
