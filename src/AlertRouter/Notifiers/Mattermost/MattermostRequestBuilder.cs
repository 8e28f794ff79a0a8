using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>
/// Alertmanager's Mattermost request (notify/mattermost, 0.32+): the configured attachments beside a top-level
/// <c>text</c>, or one attachment from the top-level fields holding the text. The top-level text is cut to 16,383 runes
/// (Mattermost's post limit); a priority is lower-cased and checked as Alertmanager does.
/// </summary>
internal static class MattermostRequestBuilder
{
    public const int MaxTextRunes = 16383;

    public static MattermostRequest Build(MattermostConfig config, TemplateRenderer r)
    {
        var text = r.Render("text", config.Text, Default("text"));
        var request = new MattermostRequest
        {
            Channel = Null(r.Render("channel", config.Channel)),
            Username = Null(r.Render("username", config.Username, Default("username"))),
            IconUrl = Null(r.Render("icon_url", config.IconUrl)),
            IconEmoji = Null(r.Render("icon_emoji", config.IconEmoji)),
            Type = Null(r.Render("type", config.MessageType)),
            Props = string.IsNullOrEmpty(config.PropsCard) ? null : new MattermostProps(r.Render("props.card", config.PropsCard)),
            Priority = config.Priority is { Priority.Length: > 0 } p ? Checked(p with { Priority = r.Render("priority.priority", p.Priority) }) : null,
            Attachments = config.Attachments.Count > 0
                ? config.Attachments.Select((a, i) => Attachment(a, r, $"attachments[{i}].", null, defaults: false)).ToList()
                : [Attachment(config.Attachment, r, "", text, defaults: true)],
        };
        if (config.Attachments.Count > 0)
        {
            request.Text = Null(GoStrings.TruncateInRunes(text, MaxTextRunes));
        }

        return request;
    }

    private static MattermostAttachment Attachment(MattermostAttachmentConfig a, TemplateRenderer r, string prefix, string? text, bool defaults) => new()
    {
        Fallback = Null(defaults ? r.Render(prefix + "fallback", a.Fallback, Default("fallback")) : r.Render(prefix + "fallback", a.Fallback)),
        Color = Null(defaults ? r.Render(prefix + "color", a.Color, Default("color")) : r.Render(prefix + "color", a.Color)),
        Pretext = Null(r.Render(prefix + "pretext", a.Pretext)),
        Text = Null(text ?? r.Render(prefix + "text", a.Text)),
        AuthorName = Null(r.Render(prefix + "author_name", a.AuthorName)),
        AuthorLink = Null(r.Render(prefix + "author_link", a.AuthorLink)),
        AuthorIcon = Null(r.Render(prefix + "author_icon", a.AuthorIcon)),
        Title = Null(defaults ? r.Render(prefix + "title", a.Title, Default("title")) : r.Render(prefix + "title", a.Title)),
        TitleLink = Null(defaults ? r.Render(prefix + "title_link", a.TitleLink, Default("titlelink")) : r.Render(prefix + "title_link", a.TitleLink)),
        Fields = a.Fields.Count == 0
            ? null
            : a.Fields.Select((f, i) => new MattermostField(
                Null(r.Render($"{prefix}fields[{i}].title", f.Title)), Null(r.Render($"{prefix}fields[{i}].value", f.Value)), f.Short)).ToList(),
        ThumbUrl = Null(r.Render(prefix + "thumb_url", a.ThumbUrl)),
        Footer = Null(r.Render(prefix + "footer", a.Footer)),
        FooterIcon = Null(r.Render(prefix + "footer_icon", a.FooterIcon)),
        ImageUrl = Null(r.Render(prefix + "image_url", a.ImageUrl)),
    };

    /// <summary>
    /// As Alertmanager: urgent, important or standard (any case), anything else standard; requested_ack only above
    /// standard; persistent_notifications only when urgent.
    /// </summary>
    private static MattermostPriority Checked(MattermostPriority p)
    {
        var priority = p.Priority.ToLowerInvariant() is "urgent" or "important" or "standard" ? p.Priority.ToLowerInvariant() : "standard";
        return new MattermostPriority(
            priority,
            p.RequestedAck == true && priority != "standard" ? true : null,
            p.PersistentNotifications == true && priority == "urgent" ? true : null);
    }

    private static string Default(string name) => "{{ template \"mattermost.default." + name + "\" . }}";

    private static string? Null(string value) => value.Length == 0 ? null : value;
}
