using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Pushover;

/// <summary><c>pushover_configs</c> entries, with Alertmanager's checks and messages (user_key_file and token_file as in 0.26+).</summary>
internal static class PushoverParser
{
    public static PushoverConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var userKey = SecretReader.Read(m, "user_key", "user_key_file", scope.Missing, out var userInline, out var userFile);
        var token = SecretReader.Read(m, "token", "token_file", scope.Missing, out var tokenInline, out var tokenFile);
        if (!userInline.Present && !userFile.Present)
        {
            scope.Error(node, "missing user key in Pushover config");
        }
        else if (!tokenInline.Present && !tokenFile.Present)
        {
            scope.Error(node, "missing token in Pushover config");
        }

        var html = m.Bool("html") ?? false;
        var monospace = m.Bool("monospace") ?? false;
        if (html && monospace)
        {
            scope.Error(node, "at most one of monospace & html must be configured");
        }

        var config = new PushoverConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            UserKey = userKey ?? new Secret(""),
            Token = token ?? new Secret(""),
            Title = scope.Template(m, "title"),
            Message = scope.Template(m, "message"),
            Url = scope.Template(m, "url"),
            UrlTitle = scope.Template(m, "url_title"),
            Device = scope.Template(m, "device"),
            Sound = scope.Template(m, "sound"),
            Priority = scope.Template(m, "priority"),
            Retry = m.Duration("retry") ?? TimeSpan.FromMinutes(1),
            Expire = m.Duration("expire") ?? TimeSpan.FromHours(1),
            Ttl = m.Duration("ttl") ?? TimeSpan.Zero,
            Html = html,
            Monospace = monospace,
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }
}
