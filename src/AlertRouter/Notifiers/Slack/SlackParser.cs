using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Slack;

/// <summary><c>slack_configs</c> entries (§7.3): an incoming webhook (<c>api_url</c>) or a bot token (<c>app_token</c>).</summary>
internal static class SlackParser
{
    private static readonly string[] TemplateKeys =
        ["channel", "username", "color", "title", "title_link", "pretext", "text", "footer", "fallback", "callback_id", "icon_emoji", "icon_url", "image_url", "thumb_url"];

    public static SlackConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var apiUrl = SecretReader.Read(m, "api_url", "api_url_file", scope.Missing, out var urlInline, out var urlFile);
        if (apiUrl is not null && urlInline.Present && apiUrl.Reveal() != Secret.Redacted && ConfigUrl.Validate(apiUrl.Reveal()) is { } urlError)
        {
            scope.Error(urlInline.Node, urlError);
        }

        var appToken = SecretReader.Read(m, "app_token", "app_token_file", scope.Missing, out var tokenInline, out var tokenFile);
        var appUrl = m.Str("app_url");
        var ownUrl = urlInline.Present || urlFile.Present;
        var ownToken = tokenInline.Present || tokenFile.Present;
        if (!ownUrl && !ownToken)
        {
            scope.Missing.AddRange(global.MissingFor("slack_api_url", "slack_app_token"));
            var slack = global.Of<SlackGlobals>();
            apiUrl = slack.ApiUrl;
            appToken = slack.AppToken;
            var globalUnresolved = global.Missing.ContainsKey("slack_api_url") || global.Missing.ContainsKey("slack_app_token");
            if (apiUrl is null && appToken is null && !globalUnresolved)
            {
                scope.Error(node, "no Slack API URL nor App token set either inline or in a file");
            }
        }

        if ((ownToken || (!ownUrl && appToken is not null)) && http?.AuthorizationCredentials is not null)
        {
            scope.Error(m.KeyNode("http_config"), "http authorization can't be set when using Slack App tokens");
        }

        var templates = TemplateKeys.ToDictionary(k => k, k => scope.Template(m, k), StringComparer.Ordinal);
        var fields = m.List("fields", (item, _) => Field(item, scope), "[]*config.SlackField") ?? [];
        var actions = m.List("actions", (item, _) => Action(item, scope), "[]*config.SlackAction") ?? [];
        var mrkdwn = m.StringList("mrkdwn_in");
        var config = new SlackConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? false,
            ApiUrl = apiUrl,
            AppToken = appToken,
            AppUrl = appUrl.Resolved && appUrl.Value!.Length > 0 ? appUrl.Value : global.Of<SlackGlobals>().AppUrl,
            Channel = templates["channel"],
            Username = templates["username"],
            Color = templates["color"],
            Title = templates["title"],
            TitleLink = templates["title_link"],
            Pretext = templates["pretext"],
            Text = templates["text"],
            Footer = templates["footer"],
            Fallback = templates["fallback"],
            CallbackId = templates["callback_id"],
            IconEmoji = templates["icon_emoji"],
            IconUrl = templates["icon_url"],
            ImageUrl = templates["image_url"],
            ThumbUrl = templates["thumb_url"],
            LinkNames = m.Bool("link_names") ?? false,
            ShortFields = m.Bool("short_fields") ?? false,
            MrkdwnIn = mrkdwn is null ? ["fallback", "pretext", "text"] : mrkdwn.Where(t => t.Resolved).Select(t => t.Value!).ToList(),
            Fields = fields,
            Actions = actions,
            UpdateMessage = m.Bool("update_message") ?? true,
            Http = http ?? global.HttpConfig,
        };
        m.Accept("message_text", "timeout");
        m.Finish();
        return config;
    }

    private static SlackField Field(YamlNode node, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.plain", scope.Context);
        var title = scope.Template(m, "title");
        var value = scope.Template(m, "value");
        var isShort = m.Bool("short");
        m.Finish();
        if (string.IsNullOrEmpty(title))
        {
            scope.Error(node, "missing title in Slack field configuration");
        }
        else if (string.IsNullOrEmpty(value))
        {
            scope.Error(node, "missing value in Slack field configuration");
        }

        return new SlackField(title ?? "", value ?? "", isShort);
    }

    private static SlackAction Action(YamlNode node, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.plain", scope.Context);
        var type = scope.Template(m, "type");
        var text = scope.Template(m, "text");
        var url = scope.Template(m, "url");
        var style = scope.Template(m, "style");
        var name = scope.Template(m, "name");
        var value = scope.Template(m, "value");
        var confirm = new MappingReader(m.Node("confirm"), "config.plain", scope.Context);
        var confirmText = confirm.Str("text");
        confirm.Accept("title", "ok_text", "dismiss_text");
        confirm.Finish();
        if (confirm.IsValid && confirmText.IsEmpty)
        {
            scope.Error(confirm.Mapping, "missing text in Slack confirmation configuration");
        }

        m.Finish();
        if (string.IsNullOrEmpty(type))
        {
            scope.Error(node, "missing type in Slack action configuration");
        }
        else if (string.IsNullOrEmpty(text))
        {
            scope.Error(node, "missing text in Slack action configuration");
        }
        else if (string.IsNullOrEmpty(url) && string.IsNullOrEmpty(name))
        {
            scope.Error(node, "missing name or url in Slack action configuration");
        }

        // As in Alertmanager: a URL button drops the message-action fields, and the reverse.
        return string.IsNullOrEmpty(url)
            ? new SlackAction(type ?? "", text ?? "", null, style, name, value)
            : new SlackAction(type ?? "", text ?? "", url, style, null, null);
    }
}
