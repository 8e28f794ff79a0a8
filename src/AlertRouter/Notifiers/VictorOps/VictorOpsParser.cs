using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.VictorOps;

/// <summary><c>victorops_configs</c> entries, with Alertmanager's checks and messages; unset key and URL come from <c>global</c>.</summary>
internal static class VictorOpsParser
{
    private static readonly string[] ReservedFields = ["routing_key", "message_type", "state_message", "entity_display_name", "monitoring_tool", "entity_id", "entity_state"];

    public static VictorOpsConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global.Of<VictorOpsGlobals>();
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var routingKey = scope.Template(m, "routing_key");
        if (string.IsNullOrEmpty(routingKey))
        {
            scope.Error(node, "missing Routing key in VictorOps config");
        }

        var key = SecretReader.Read(m, "api_key", "api_key_file", scope.Missing, out var keyInline, out var keyFile);
        var fields = m.StringMap("custom_fields");
        if (fields?.FirstOrDefault(f => ReservedFields.Contains(f.Key.Value)) is { Key: not null } reserved)
        {
            scope.Error(reserved.Key, $"victorOps config contains custom field {reserved.Key.Value} which cannot be used as it conflicts with the fixed/static fields");
        }

        foreach (var (name, value) in fields ?? [])
        {
            scope.TemplateValue($"custom_fields.{name.Value}", value);
        }

        var url = m.Str("api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } urlError)
        {
            scope.Error(url.Node, urlError);
        }

        if (!keyInline.Present && !keyFile.Present)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("victorops_api_key"));
            key = global.ApiKey;
            if (key is null && !scope.Global.Missing.ContainsKey("victorops_api_key"))
            {
                scope.Error(node, "no global VictorOps API Key set");
            }
        }

        var apiUrl = GlobalScope.NonEmpty(url) ?? global.ApiUrl;
        var config = new VictorOpsConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiKey = key,
            ApiUrl = apiUrl.EndsWith('/') ? apiUrl : apiUrl + "/",
            RoutingKey = routingKey ?? "",
            MessageType = scope.Template(m, "message_type"),
            StateMessage = scope.Template(m, "state_message"),
            EntityDisplayName = scope.Template(m, "entity_display_name"),
            MonitoringTool = scope.Template(m, "monitoring_tool"),
            CustomFields = (fields ?? []).Where(f => f.Value.Resolved).ToDictionary(f => f.Key.Value, f => f.Value.Value!, StringComparer.Ordinal),
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }
}
