using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// <c>slack_configs</c>: paced at Slack's 1 message/s per channel — the configured channel with a bot token, the URL
/// of an incoming webhook (one channel each).
/// </summary>
internal sealed class SlackIntegration : Integration<SlackConfig, SlackNotifier>
{
    private const string PerChannelPerSecond = "SlackPerChannelPerSecond";

    public override string Type => "slack";

    public override object? ParseGlobals(GlobalScope scope) => SlackGlobals.Parse(scope);

    public override SlackConfig Parse(YamlNode node, IntegrationParseScope scope) => SlackParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(SlackConfig c)
    {
        var fields = Texts(("channel", c.Channel), ("username", c.Username), ("color", c.Color), ("title", c.Title),
            ("title_link", c.TitleLink), ("pretext", c.Pretext), ("text", c.Text), ("footer", c.Footer), ("fallback", c.Fallback),
            ("callback_id", c.CallbackId), ("icon_emoji", c.IconEmoji), ("icon_url", c.IconUrl), ("image_url", c.ImageUrl),
            ("thumb_url", c.ThumbUrl));
        var items = c.Fields.SelectMany((f, i) => new[] { ($"fields[{i}].title", f.Title), ($"fields[{i}].value", (string?)f.Value) });
        var actions = c.Actions.SelectMany((a, i) => new[]
        {
            ($"actions[{i}].type", a.Type), ($"actions[{i}].text", a.Text), ($"actions[{i}].url", a.Url),
            ($"actions[{i}].style", a.Style), ($"actions[{i}].name", a.Name), ($"actions[{i}].value", a.Value),
        });
        return fields.Concat(Texts([.. items, .. actions]));
    }

    public override void Preview(SlackConfig config, NotificationContext context, IServiceProvider services)
    {
        var renderer = services.GetRequiredService<TemplateEngine>().For(Type, context);
        SlackMessageBuilder.Build(config, renderer, renderer.Render("channel", config.Channel), null);
    }

    public override Pace? Pacing(SlackConfig c) => c switch
    {
        { AppToken: not null, Channel: { } channel } => new Pace("slack:" + channel, 1, TimeSpan.FromSeconds(1), Setting: PerChannelPerSecond),
        { ApiUrl: { } url } => new Pace("slack:" + Pace.Hash(url.Reveal()), 1, TimeSpan.FromSeconds(1), Setting: PerChannelPerSecond),
        _ => null,
    };

    public override string Describe(SlackConfig c) => c switch
    {
        { AppToken: not null } => $"channel {c.Channel ?? "(none)"} via {Host(c.AppUrl)}",
        { ApiUrl: { } url } => c.Channel is null ? $"incoming webhook at {Host(url.Reveal())}" : $"channel {c.Channel} via incoming webhook",
        _ => Type,
    };
}
