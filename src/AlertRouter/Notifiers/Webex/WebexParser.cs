using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Webex;

/// <summary><c>webex_configs</c> entries: <c>room_id</c> and the receiver's own <c>http_config.authorization</c> are required.</summary>
internal static class WebexParser
{
    public static WebexConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var apiUrl = m.Str("api_url");
        if (apiUrl.Resolved && apiUrl.Value!.Length > 0 && ConfigUrl.Validate(apiUrl.Value) is { } urlError)
        {
            scope.Error(apiUrl.Node, urlError);
        }

        var roomText = m.Str("room_id");
        var room = scope.Template(m, "room_id");
        var message = scope.Template(m, "message");
        m.Finish();
        if (roomText.IsEmpty)
        {
            scope.Error(node, "missing room_id on webex_config");
        }
        else if (!HasAuthorization(m))
        {
            scope.Error(node, "missing webex_configs.http_config.authorization");
        }

        return new WebexConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiUrl = GlobalScope.NonEmpty(apiUrl) ?? scope.Global.Of<WebexGlobals>().ApiUrl,
            RoomId = room ?? "",
            Message = message,
            Http = http ?? scope.Global.HttpConfig,
        };
    }

    // As Alertmanager checks it: the receiver's own http_config has an authorization (a bearer token becomes one);
    // the global http_config does not count. Credentials from an unset ${VAR} leave it unconfigured, not invalid.
    private static bool HasAuthorization(MappingReader m) =>
        m.Node("http_config") is YamlMapping http && http.Entries.Any(e => e.Key.Value is "authorization" or "bearer_token" or "bearer_token_file");
}
