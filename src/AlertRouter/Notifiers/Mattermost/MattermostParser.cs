using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary><c>mattermost_configs</c> entries, with the global webhook URL as the fallback.</summary>
internal static class MattermostParser
{
    public static MattermostConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = SecretReader.Read(m, "webhook_url", "webhook_url_file", scope.Missing, out var inline, out var file);
        if (url is not null && inline.Present && ConfigUrl.Validate(url.Reveal()) is { } urlError)
        {
            scope.Error(inline.Node, urlError);
        }

        if (!inline.Present && !file.Present)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("mattermost_webhook_url"));
            url = scope.Global.Of<MattermostGlobals>().WebhookUrl;
            if (url is null && !scope.Global.Missing.ContainsKey("mattermost_webhook_url"))
            {
                scope.Error(node, "missing webhook_url or webhook_url_file on mattermost_config");
            }
        }

        var priority = new MappingReader(m.Node("priority"), "mattermost.MattermostPriority", ctx);
        var props = new MappingReader(m.Node("props"), "mattermost.MattermostProps", ctx);
        var config = new MattermostConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            WebhookUrl = url ?? new Secret(""),
            Channel = scope.Template(m, "channel"),
            Username = scope.Template(m, "username"),
            Text = scope.Template(m, "text"),
            IconUrl = scope.Template(m, "icon_url"),
            IconEmoji = scope.Template(m, "icon_emoji"),
            MessageType = scope.Template(m, "type"),
            Attachment = Attachment(m, scope, ""),
            Attachments = m.List("attachments", (item, i) => AttachmentItem(item, scope, i), "[]*mattermost.MattermostAttachment") ?? [],
            PropsCard = props.IsValid ? Template(props, scope, "props.card", "card") : null,
            Priority = priority.IsValid
                ? new MattermostPriority(Template(priority, scope, "priority.priority", "priority") ?? "", priority.Bool("requested_ack"), priority.Bool("persistent_notifications"))
                : null,
            Http = http ?? scope.Global.HttpConfig,
        };
        priority.Finish();
        props.Finish();
        m.Finish();
        return config;
    }

    private static MattermostAttachmentConfig AttachmentItem(YamlNode node, IntegrationParseScope scope, int index)
    {
        var m = new MappingReader(node, "mattermost.MattermostAttachment", scope.Context);
        var attachment = Attachment(m, scope, $"attachments[{index}].");
        m.Finish();
        return attachment;
    }

    /// <summary>The attachment keys of <paramref name="m"/>: the top level (0.32+) or one <c>attachments</c> item.</summary>
    private static MattermostAttachmentConfig Attachment(MappingReader m, IntegrationParseScope scope, string prefix) => new()
    {
        Fallback = Template(m, scope, prefix + "fallback", "fallback"),
        Color = Template(m, scope, prefix + "color", "color"),
        Pretext = Template(m, scope, prefix + "pretext", "pretext"),
        Text = prefix.Length == 0 ? null : Template(m, scope, prefix + "text", "text"),
        AuthorName = Template(m, scope, prefix + "author_name", "author_name"),
        AuthorLink = Template(m, scope, prefix + "author_link", "author_link"),
        AuthorIcon = Template(m, scope, prefix + "author_icon", "author_icon"),
        Title = Template(m, scope, prefix + "title", "title"),
        TitleLink = Template(m, scope, prefix + "title_link", "title_link"),
        Fields = m.List("fields", (item, i) => Field(item, scope, $"{prefix}fields[{i}]."), "[]*mattermost.MattermostField") ?? [],
        ThumbUrl = Template(m, scope, prefix + "thumb_url", "thumb_url"),
        Footer = Template(m, scope, prefix + "footer", "footer"),
        FooterIcon = Template(m, scope, prefix + "footer_icon", "footer_icon"),
        ImageUrl = Template(m, scope, prefix + "image_url", "image_url"),
    };

    private static MattermostField Field(YamlNode node, IntegrationParseScope scope, string prefix)
    {
        var m = new MappingReader(node, "mattermost.MattermostField", scope.Context);
        var title = Template(m, scope, prefix + "title", "title");
        var value = Template(m, scope, prefix + "value", "value");
        var isShort = m.Bool("short");
        m.Finish();
        if (string.IsNullOrEmpty(title))
        {
            scope.Error(node, "missing title in Mattermost field configuration");
        }
        else if (string.IsNullOrEmpty(value))
        {
            scope.Error(node, "missing value in Mattermost field configuration");
        }

        return new MattermostField(title ?? "", value ?? "", isShort);
    }

    /// <summary>A template-valued key recorded under its full YAML name (<c>attachments[0].title</c>).</summary>
    private static string? Template(MappingReader m, IntegrationParseScope scope, string field, string key)
    {
        var text = m.Str(key);
        scope.TemplateValue(field, text);
        return text.Resolved ? text.Value : null;
    }
}
