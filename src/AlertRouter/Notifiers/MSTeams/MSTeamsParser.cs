using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary><c>msteams_configs</c> entries: <c>webhook_url</c> or <c>webhook_url_file</c>, <c>title</c>, <c>summary</c>, <c>text</c>.</summary>
internal static class MSTeamsParser
{
    public static MSTeamsConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = scope.WebhookUrl(m, node);

        var config = new MSTeamsConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            WebhookUrl = url ?? new Secret(""),
            Title = scope.Template(m, "title"),
            Summary = scope.Template(m, "summary"),
            Text = scope.Template(m, "text"),
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }
}
