using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary>
/// <c>msteams_configs</c>, paced per connector below Microsoft's connector limits (4 per second, 60 per 30 s, 100 per
/// hour, 150 per 2 hours, 1,800 per day): at most 150 in any 2 hours in bursts of 4 (one send per 49 s after the
/// burst) stays under every one of them.
/// </summary>
internal sealed class MSTeamsIntegration : Integration<MSTeamsConfig, MSTeamsNotifier>
{
    private const string PerConnectorPer2Hours = "MSTeamsPerConnectorPer2Hours";

    public override string Type => "msteams";

    public override MSTeamsConfig Parse(YamlNode node, IntegrationParseScope scope) => MSTeamsParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(MSTeamsConfig c) => Texts(("title", c.Title), ("summary", c.Summary), ("text", c.Text));

    public override Pace? Pacing(MSTeamsConfig c) =>
        new("msteams:" + Pace.Hash(c.WebhookUrl.Reveal()), 150, TimeSpan.FromHours(2), Burst: 4, Setting: PerConnectorPer2Hours);

    public override string Describe(MSTeamsConfig c) => $"Teams connector at {Host(c.WebhookUrl.Reveal())}";
}
