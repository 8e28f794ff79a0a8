using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Discord;

/// <summary><c>discord_configs</c> entries: <c>webhook_url</c> or (0.27) <c>webhook_url_file</c>, title, message, content.</summary>
internal static class DiscordParser
{
    public static DiscordConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = scope.WebhookUrl(m, node);

        var title = scope.Template(m, "title");
        var message = scope.Template(m, "message");
        var content = scope.Template(m, "content");
        var username = m.Str("username");
        var avatar = m.Str("avatar_url");
        m.Finish();
        return new DiscordConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            WebhookUrl = url ?? new Secret(""),
            Title = title,
            Message = message,
            Content = content,
            Username = GlobalScope.NonEmpty(username),
            AvatarUrl = GlobalScope.NonEmpty(avatar),
            Http = http ?? scope.Global.HttpConfig,
        };
    }
}
