using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary><c>incidentio_configs</c> entries, with Alertmanager's checks and messages.</summary>
internal static class IncidentioParser
{
    public static IncidentioConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = SecretReader.Read(m, "url", "url_file", scope.Missing, out var urlInline, out var urlFile);
        var token = SecretReader.Read(m, "alert_source_token", "alert_source_token_file", scope.Missing, out var tokenInline, out var tokenFile);
        var hasToken = tokenInline.Present || tokenFile.Present;
        if (!urlInline.Present && !urlFile.Present)
        {
            scope.Error(node, "one of url or url_file must be configured");
        }
        else if (url is not null && urlInline.Present && ConfigUrl.Validate(url.Reveal()) is { } urlError)
        {
            scope.Error(urlInline.Node, urlError);
        }
        else if (http?.AuthorizationCredentials is not null && hasToken)
        {
            scope.Error(node, "cannot specify alert_source_token or alert_source_token_file when using http_config.authorization");
        }
        else if (http is { AuthorizationCredentials: null } && !hasToken)
        {
            // Alertmanager checks this only when the entry has its own http_config.
            scope.Error(node, "at least one of alert_source_token, alert_source_token_file or http_config.authorization must be configured");
        }

        var maxAlerts = m.Int("max_alerts", "uint64");
        var timeout = m.Duration("timeout");
        m.Finish();
        return new IncidentioConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            Url = url ?? new Secret(""),
            AlertSourceToken = token,
            MaxAlerts = (int)Math.Min(maxAlerts ?? 0, int.MaxValue),
            Timeout = timeout ?? TimeSpan.Zero,
            Http = http ?? scope.Global.HttpConfig,
        };
    }
}
