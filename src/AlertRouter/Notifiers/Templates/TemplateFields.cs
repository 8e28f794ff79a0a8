using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Every template-valued field of an integration, named as in YAML. Secrets (routing keys, URLs, tokens) are never
/// templates. Null fields (Alertmanager's default content) are not listed.
/// </summary>
internal static class TemplateFields
{
    public static IEnumerable<TemplateField> Of(IntegrationConfig config) => (config switch
    {
        PagerDutyConfig pd => PagerDuty(pd),
        SlackConfig slack => Slack(slack),
        EmailConfig email => Email(email),
        _ => [],
    }).Where(f => f.Source is not null).Select(f => new TemplateField(f.Name, f.Source!, f.Flavor));

    private static IEnumerable<(string Name, string? Source, TemplateFlavor Flavor)> PagerDuty(PagerDutyConfig c)
    {
        yield return Text("description", c.Description);
        yield return Text("client", c.Client);
        yield return Text("client_url", c.ClientUrl);
        yield return Text("severity", c.Severity);
        yield return Text("source", c.Source);
        yield return Text("class", c.Class);
        yield return Text("component", c.Component);
        yield return Text("group", c.Group);
        foreach (var (key, value) in c.Details)
        {
            yield return Text($"details.{key}", value);
        }

        for (var i = 0; i < c.Images.Count; i++)
        {
            yield return Text($"images[{i}].src", c.Images[i].Src);
            yield return Text($"images[{i}].alt", c.Images[i].Alt);
            yield return Text($"images[{i}].href", c.Images[i].Href);
        }

        for (var i = 0; i < c.Links.Count; i++)
        {
            yield return Text($"links[{i}].href", c.Links[i].Href);
            yield return Text($"links[{i}].text", c.Links[i].Text);
        }
    }

    private static IEnumerable<(string Name, string? Source, TemplateFlavor Flavor)> Slack(SlackConfig c)
    {
        yield return Text("channel", c.Channel);
        yield return Text("username", c.Username);
        yield return Text("color", c.Color);
        yield return Text("title", c.Title);
        yield return Text("title_link", c.TitleLink);
        yield return Text("pretext", c.Pretext);
        yield return Text("text", c.Text);
        yield return Text("footer", c.Footer);
        yield return Text("fallback", c.Fallback);
        yield return Text("callback_id", c.CallbackId);
        yield return Text("icon_emoji", c.IconEmoji);
        yield return Text("icon_url", c.IconUrl);
        yield return Text("image_url", c.ImageUrl);
        yield return Text("thumb_url", c.ThumbUrl);
        for (var i = 0; i < c.Fields.Count; i++)
        {
            yield return Text($"fields[{i}].title", c.Fields[i].Title);
            yield return Text($"fields[{i}].value", c.Fields[i].Value);
        }

        for (var i = 0; i < c.Actions.Count; i++)
        {
            yield return Text($"actions[{i}].type", c.Actions[i].Type);
            yield return Text($"actions[{i}].text", c.Actions[i].Text);
            yield return Text($"actions[{i}].url", c.Actions[i].Url);
            yield return Text($"actions[{i}].style", c.Actions[i].Style);
            yield return Text($"actions[{i}].name", c.Actions[i].Name);
            yield return Text($"actions[{i}].value", c.Actions[i].Value);
        }
    }

    private static IEnumerable<(string Name, string? Source, TemplateFlavor Flavor)> Email(EmailConfig c)
    {
        yield return Text("to", c.To);
        yield return Text("from", c.From);
        yield return ("html", c.Html, TemplateFlavor.Html);
        yield return Text("text", c.Text);
        foreach (var (name, value) in c.Headers)
        {
            yield return Text($"headers.{name}", value);
        }
    }

    private static (string, string?, TemplateFlavor) Text(string name, string? source) => (name, source, TemplateFlavor.Text);
}
