using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary>
/// <c>msteams_configs</c>, paced per connector below Microsoft's connector limits (4 per second, 60 per 30 s, 100 per
/// hour, 150 per 2 hours, 1,800 per day): 73 per hour in bursts of 4 stays under every one of them, the 2-hour
/// window included (4 + 146 ≤ 150).
/// </summary>
internal sealed class MSTeamsIntegration : Integration<MSTeamsConfig, MSTeamsNotifier>
{
    private const string PerConnectorPerHour = "MSTeamsPerConnectorPerHour";

    public override string Type => "msteams";

    public override MSTeamsConfig Parse(YamlNode node, IntegrationParseScope scope) => MSTeamsParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(MSTeamsConfig c) => Texts(("title", c.Title), ("summary", c.Summary), ("text", c.Text));

    public override Pace? Pacing(MSTeamsConfig c) =>
        new("msteams:" + Pace.Hash(c.WebhookUrl.Reveal()), 73, TimeSpan.FromHours(1), Burst: 4, Setting: PerConnectorPerHour);

    public override string Describe(MSTeamsConfig c) => $"Teams connector at {Host(c.WebhookUrl.Reveal())}";
}
