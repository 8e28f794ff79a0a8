using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// Builds Alertmanager's Slack message (notify/slack): one attachment whose unset fields render Alertmanager's
/// default templates (<c>slack.default.title</c>, ...), with the configured fields and actions. Everything is cut to
/// <see cref="SlackLimits"/>.
/// </summary>
internal static class SlackMessageBuilder
{
    // Alertmanager's DefaultSlackConfig: the color is inline, every other default names a template.
    private const string DefaultColor = """{{ if eq .Status "firing" }}danger{{ else }}good{{ end }}""";

    public static SlackMessage Build(SlackConfig config, TemplateRenderer r, string channel, string? ts)
    {
        var attachment = new SlackAttachment
        {
            Title = Null(GoStrings.TruncateInRunes(r.Render("title", config.Title, Default("title")), SlackLimits.TitleRunes)),
            TitleLink = Null(r.Render("title_link", config.TitleLink, Default("titlelink"))),
            Pretext = Null(SlackLimits.Text(r.Render("pretext", config.Pretext, Default("pretext")))),
            Text = SlackLimits.Text(r.Render("text", config.Text, Default("text"))),
            Fallback = SlackLimits.Text(r.Render("fallback", config.Fallback, Default("fallback"))),
            CallbackId = r.Render("callback_id", config.CallbackId, Default("callbackid")),
            Fields = Null(SlackLimits.Fields(Fields(config, r))),
            Actions = Null(Actions(config, r)),
            ImageUrl = Null(r.Render("image_url", config.ImageUrl)),
            ThumbUrl = Null(r.Render("thumb_url", config.ThumbUrl)),
            Footer = GoStrings.TruncateInRunes(r.Render("footer", config.Footer, Default("footer")), SlackLimits.FooterRunes),
            Color = Null(r.Render("color", config.Color, DefaultColor)),
            MrkdwnIn = config.MrkdwnIn.Count == 0 ? null : config.MrkdwnIn,
        };
        return new SlackMessage
        {
            Channel = Null(channel),
            Ts = ts,
            Username = Null(r.Render("username", config.Username, Default("username"))),
            IconEmoji = Null(r.Render("icon_emoji", config.IconEmoji, Default("iconemoji"))),
            IconUrl = Null(r.Render("icon_url", config.IconUrl, Default("iconurl"))),
            LinkNames = config.LinkNames ? true : null,
            Attachments = [attachment],
        };
    }

    private static List<SlackMessageField> Fields(SlackConfig config, TemplateRenderer r) =>
        config.Fields
            .Select((f, i) => new SlackMessageField(
                r.Render($"fields[{i}].title", f.Title), r.Render($"fields[{i}].value", f.Value), f.Short ?? config.ShortFields))
            .ToList();

    private static List<SlackMessageAction> Actions(SlackConfig config, TemplateRenderer r) =>
        config.Actions
            .Select((a, i) => new SlackMessageAction(
                Null(r.Render($"actions[{i}].type", a.Type)),
                Null(r.Render($"actions[{i}].text", a.Text)),
                Null(r.Render($"actions[{i}].url", a.Url)),
                Null(r.Render($"actions[{i}].style", a.Style)),
                Null(r.Render($"actions[{i}].name", a.Name)),
                Null(r.Render($"actions[{i}].value", a.Value))))
            .Take(SlackLimits.MaxActions)
            .ToList();

    private static string Default(string name) => "{{ template \"slack.default." + name + "\" . }}";

    private static string? Null(string value) => value.Length == 0 ? null : value;

    private static IReadOnlyList<T>? Null<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;
}
