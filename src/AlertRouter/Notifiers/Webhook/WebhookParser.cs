using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Webhook;

/// <summary><c>webhook_configs</c> entries (§1): <c>url</c> or <c>url_file</c>, <c>max_alerts</c>, <c>timeout</c>.</summary>
internal static class WebhookParser
{
    public static WebhookConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = SecretReader.Read(m, "url", "url_file", scope.Missing, out var inline, out var file);
        if (!inline.Present && !file.Present)
        {
            scope.Error(node, "one of url or url_file must be configured");
        }
        else if (url is not null && ConfigUrl.Validate(url.Reveal()) is { } urlError)
        {
            scope.Error(inline.Node ?? file.Node, urlError);
        }

        var maxAlerts = m.Int("max_alerts", "uint64");
        var timeout = m.Duration("timeout");
        m.Finish();
        return new WebhookConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            Url = url ?? new Secret(""),
            MaxAlerts = (int)Math.Min(maxAlerts ?? 0, int.MaxValue),
            Timeout = timeout ?? TimeSpan.Zero,
            Http = http ?? scope.Global.HttpConfig,
        };
    }
}
