using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary><c>msteamsv2_configs</c> entries: <c>webhook_url</c> or <c>webhook_url_file</c>, <c>title</c>, <c>text</c>.</summary>
internal static class MSTeamsV2Parser
{
    public static MSTeamsV2Config Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = scope.WebhookUrl(m, node);

        var config = new MSTeamsV2Config
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            WebhookUrl = url ?? new Secret(""),
            Title = scope.Template(m, "title"),
            Text = scope.Template(m, "text"),
            Http = Inherit(http, scope.Global.HttpConfig),
        };
        m.Finish();
        return config;
    }

    /// <summary>As Alertmanager 0.34: an own http_config without proxy_url still takes the global one's proxy_url.</summary>
    private static HttpClientConfig Inherit(HttpClientConfig? own, HttpClientConfig global) =>
        own is null ? global : own.ProxyUrl is null ? own with { ProxyUrl = global.ProxyUrl } : own;
}
