using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>
/// <c>mattermost_configs</c>, paced per webhook at the rate of Mattermost's rate limiter defaults (10 per second; the
/// limiter is off unless the server turns it on), in bursts of 5. A 429 holds every notification to the same webhook.
/// </summary>
internal sealed class MattermostIntegration : Integration<MattermostConfig, MattermostNotifier>
{
    private const string PerWebhookPerSecond = "MattermostPerWebhookPerSecond";

    public override string Type => "mattermost";

    public override object? ParseGlobals(GlobalScope scope) => MattermostGlobals.Parse(scope);

    public override MattermostConfig Parse(YamlNode node, IntegrationParseScope scope) => MattermostParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(MattermostConfig c) =>
        Texts([
            ("channel", c.Channel), ("username", c.Username), ("text", c.Text), ("icon_url", c.IconUrl), ("icon_emoji", c.IconEmoji),
            ("type", c.MessageType), ("props.card", c.PropsCard), ("priority.priority", c.Priority?.Priority),
            .. c.Attachment.Templates(""), .. c.Attachments.SelectMany((a, i) => a.Templates($"attachments[{i}].")),
        ]);

    public override Pace? Pacing(MattermostConfig c) =>
        new("mattermost:" + Pace.Hash(c.WebhookUrl.Reveal()), 10, TimeSpan.FromSeconds(1), Burst: 5, Setting: PerWebhookPerSecond);

    public override string Describe(MattermostConfig c) => $"Mattermost webhook at {Host(c.WebhookUrl.Reveal())}";
}
