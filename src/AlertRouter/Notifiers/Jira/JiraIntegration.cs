using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Jira;

/// <summary>
/// <c>jira_configs</c>, paced per Jira site. Jira Cloud's burst limits for API-token traffic are dynamic (per site,
/// endpoint and method, answered by 429 with Retry-After); AlertRouter sends at most 2 notifications per second per
/// site, each at most 4 requests (search, write, then listing and applying a transition), so about 5 requests per
/// second or fewer.
/// </summary>
internal sealed class JiraIntegration : Integration<JiraConfig, JiraNotifier>
{
    private const string PerSitePerSecond = "JiraNotificationsPerSitePerSecond";

    public override string Type => "jira";

    public override object? ParseGlobals(GlobalScope scope) => JiraGlobals.Parse(scope);

    public override JiraConfig Parse(YamlNode node, IntegrationParseScope scope) => JiraParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(JiraConfig c) =>
        Texts([
            ("project", c.Project), ("issue_type", c.IssueType), ("summary", c.Summary.Template), ("description", c.Description.Template),
            ("priority", c.Priority), .. c.Labels.Select((l, i) => ($"labels[{i}]", (string?)l)), .. Strings(c.Fields, "fields"),
        ]);

    public override Pace? Pacing(JiraConfig c) =>
        new("jira:" + Host(c.ApiUrl), 2, TimeSpan.FromSeconds(1), Setting: PerSitePerSecond);

    public override string Describe(JiraConfig c) => $"project {c.Project} at {Host(c.ApiUrl)}";

    private static IEnumerable<(string, string?)> Strings(object? value, string path) => value switch
    {
        string s => [(path, s)],
        IReadOnlyDictionary<string, object?> map => map.SelectMany(p => Strings(p.Value, $"{path}.{p.Key}")),
        IEnumerable<object?> list => list.SelectMany((item, i) => Strings(item, $"{path}[{i}]")),
        _ => [],
    };
}
