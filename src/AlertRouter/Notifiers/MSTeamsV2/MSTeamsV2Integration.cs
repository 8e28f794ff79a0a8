using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>
/// <c>msteamsv2_configs</c>, paced per webhook: the Teams connector behind a Workflows flow allows 100 calls per
/// connection per 60 s, and a channel's incoming webhooks 4 requests per second, hence bursts of 4.
/// </summary>
internal sealed class MSTeamsV2Integration : Integration<MSTeamsV2Config, MSTeamsV2Notifier>
{
    private const string PerWebhookPerMinute = "MSTeamsV2PerWebhookPerMinute";

    public override string Type => "msteamsv2";

    public override MSTeamsV2Config Parse(YamlNode node, IntegrationParseScope scope) => MSTeamsV2Parser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(MSTeamsV2Config c) => Texts(("title", c.Title), ("text", c.Text));

    public override Pace? Pacing(MSTeamsV2Config c) =>
        new("msteamsv2:" + Pace.Hash(c.WebhookUrl.Reveal()), 100, TimeSpan.FromMinutes(1), Burst: 4, Setting: PerWebhookPerMinute);

    public override string Describe(MSTeamsV2Config c) => $"Teams workflow at {Host(c.WebhookUrl.Reveal())}";
}
