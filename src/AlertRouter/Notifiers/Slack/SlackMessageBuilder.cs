using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// Builds Alertmanager's Slack message (notify/slack): one attachment with the default title, title link, fallback
/// and color, the configured fields and actions, plus a "Runbook" button per distinct runbook_url annotation.
/// Everything is cut to <see cref="SlackLimits"/>.
/// </summary>
internal static class SlackMessageBuilder
{
    public static SlackMessage Build(SlackConfig config, TemplateRenderer r, string channel, string? ts)
    {
        var attachment = new SlackAttachment
        {
            Title = Null(GoStrings.TruncateInRunes(r.Render("title", config.Title, DefaultTemplates.Subject), SlackLimits.TitleRunes)),
            TitleLink = Null(r.Render("title_link", config.TitleLink, DefaultTemplates.AlertmanagerUrl)),
            Pretext = Null(SlackLimits.Text(r.Render("pretext", config.Pretext))),
            Text = SlackLimits.Text(r.Render("text", config.Text)),
            Fallback = SlackLimits.Text(r.Render("fallback", config.Fallback, DefaultTemplates.SlackFallback)),
            CallbackId = r.Render("callback_id", config.CallbackId),
            Fields = Null(SlackLimits.Fields(Fields(config, r))),
            Actions = Null(Actions(config, r)),
            ImageUrl = Null(r.Render("image_url", config.ImageUrl)),
            ThumbUrl = Null(r.Render("thumb_url", config.ThumbUrl)),
            Footer = GoStrings.TruncateInRunes(r.Render("footer", config.Footer), SlackLimits.FooterRunes),
            Color = Null(r.Render("color", config.Color, DefaultTemplates.SlackColor)),
            MrkdwnIn = config.MrkdwnIn.Count == 0 ? null : config.MrkdwnIn,
        };
        return new SlackMessage
        {
            Channel = Null(channel),
            Ts = ts,
            Username = Null(r.Render("username", config.Username, DefaultTemplates.Alertmanager)),
            IconEmoji = Null(r.Render("icon_emoji", config.IconEmoji)),
            IconUrl = Null(r.Render("icon_url", config.IconUrl)),
            LinkNames = config.LinkNames ? true : null,
            Attachments = [attachment],
        };
    }

    private static List<SlackMessageField> Fields(SlackConfig config, TemplateRenderer r) =>
        config.Fields
            .Select((f, i) => new SlackMessageField(
                r.Render($"fields[{i}].title", f.Title), r.Render($"fields[{i}].value", f.Value), f.Short ?? config.ShortFields))
            .ToList();

    private static List<SlackMessageAction> Actions(SlackConfig config, TemplateRenderer r)
    {
        var actions = config.Actions
            .Select((a, i) => new SlackMessageAction(
                Null(r.Render($"actions[{i}].type", a.Type)),
                Null(r.Render($"actions[{i}].text", a.Text)),
                Null(r.Render($"actions[{i}].url", a.Url)),
                Null(r.Render($"actions[{i}].style", a.Style)),
                Null(r.Render($"actions[{i}].name", a.Name)),
                Null(r.Render($"actions[{i}].value", a.Value))))
            .Take(SlackLimits.MaxActions)
            .ToList();
        var runbooks = RunbookUrls.Of(r.Data.Alerts).Where(url => actions.All(a => a.Url != url)).ToArray();
        foreach (var (url, i) in runbooks.Select((url, i) => (url, i)).Take(SlackLimits.MaxActions - actions.Count))
        {
            actions.Add(new SlackMessageAction("button", runbooks.Length == 1 ? "Runbook" : $"Runbook {i + 1}", url, null, null, null));
        }

        return actions;
    }

    private static string? Null(string value) => value.Length == 0 ? null : value;

    private static IReadOnlyList<T>? Null<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;
}
