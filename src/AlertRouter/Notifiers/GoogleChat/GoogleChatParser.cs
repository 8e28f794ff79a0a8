using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary><c>googlechat_configs</c> entries: exactly one of webhook_url and webhook_url_file, title, text, thread.</summary>
internal static class GoogleChatParser
{
    public static GoogleChatConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = scope.WebhookUrl(m, node);

        var config = new GoogleChatConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            WebhookUrl = url ?? new Secret(""),
            Title = scope.Template(m, "title"),
            Text = scope.Template(m, "text"),
            Thread = m.Bool("thread") ?? true,
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }
}
