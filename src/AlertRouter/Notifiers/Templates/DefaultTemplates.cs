using System.Text;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Alertmanager's default templates (template/default.tmpl), written as code so that they never fail and serve as the
/// fallback when a custom template does.
/// </summary>
internal static class DefaultTemplates
{
    /// <summary><c>__alertmanager</c>: the PagerDuty client/source and the Slack username.</summary>
    public const string Alertmanager = "Alertmanager";

    /// <summary>
    /// <c>__subject</c>: <c>[FIRING:2] HighLatency checkout (critical db)</c> — status (with the firing count), the group
    /// label values, then in parentheses the common label values that are not group labels (a trailing space otherwise).
    /// </summary>
    public static string Subject(TemplateData data)
    {
        var sb = new StringBuilder("[").Append(data.Status.ToUpperInvariant());
        if (data.IsFiring)
        {
            sb.Append(':').Append(data.Alerts.Firing.Count);
        }

        sb.Append("] ").AppendJoin(' ', TemplateKv.Values(data.GroupLabels)).Append(' ');
        if (data.CommonLabels.Count > data.GroupLabels.Count)
        {
            var extra = TemplateKv.Remove(data.CommonLabels, data.GroupLabels.Keys);
            sb.Append('(').AppendJoin(' ', TemplateKv.Values(extra)).Append(')');
        }

        return sb.ToString();
    }

    /// <summary><c>__alertmanagerURL</c>: <c>{{.ExternalURL}}/#/alerts?receiver={{.Receiver|urlquery}}</c>.</summary>
    public static string AlertmanagerUrl(TemplateData data) =>
        data.ExternalURL + "/#/alerts?receiver=" + GoStrings.QueryEscape(data.Receiver);

    /// <summary><c>__text_alert_list</c> (= <c>pagerduty.default.instances</c>): labels, annotations and source per alert.</summary>
    public static string TextAlertList(IEnumerable<TemplateAlert> alerts)
    {
        var sb = new StringBuilder();
        foreach (var alert in alerts)
        {
            sb.Append("Labels:\n");
            foreach (var (name, value) in TemplateKv.SortedPairs(alert.Labels))
            {
                sb.Append(" - ").Append(name).Append(" = ").Append(value).Append('\n');
            }

            sb.Append("Annotations:\n");
            foreach (var (name, value) in TemplateKv.SortedPairs(alert.Annotations))
            {
                sb.Append(" - ").Append(name).Append(" = ").Append(value).Append('\n');
            }

            sb.Append("Source: ").Append(alert.GeneratorURL).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The default <c>text</c> of msteams, msteamsv2 and mattermost and Jira's <c>description</c> (0.34's
    /// <c>msteams.default.text</c> and kin): a newline, then "# Alerts Firing:" and "# Alerts Resolved:" sections
    /// of <c>__text_alert_list_markdown</c>, with the blank lines Go's template leaves between them.
    /// </summary>
    public static string FiringResolvedMarkdown(TemplateData data)
    {
        var sb = new StringBuilder("\n");
        if (data.Alerts.Firing.Count > 0)
        {
            sb.Append("\n# Alerts Firing:\n");
            MarkdownAlertList(sb, data.Alerts.Firing);
            sb.Append('\n');
        }

        sb.Append('\n');
        if (data.Alerts.Resolved.Count > 0)
        {
            sb.Append("\n# Alerts Resolved:\n");
            MarkdownAlertList(sb, data.Alerts.Resolved);
            sb.Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    /// <summary><c>__text_alert_list_markdown</c>: per alert its labels, annotations (two-space bullets) and source.</summary>
    private static void MarkdownAlertList(StringBuilder sb, IEnumerable<TemplateAlert> alerts)
    {
        foreach (var alert in alerts)
        {
            sb.Append("\nLabels:\n");
            foreach (var (name, value) in TemplateKv.SortedPairs(alert.Labels))
            {
                sb.Append("  - ").Append(name).Append(" = ").Append(value).Append('\n');
            }

            sb.Append("\nAnnotations:\n");
            foreach (var (name, value) in TemplateKv.SortedPairs(alert.Annotations))
            {
                sb.Append("  - ").Append(name).Append(" = ").Append(value).Append('\n');
            }

            sb.Append("\nSource: ").Append(alert.GeneratorURL).Append('\n');
        }

        sb.Append('\n');
    }

    /// <summary><c>slack.default.color</c> (config default): danger while firing, good when resolved.</summary>
    public static string SlackColor(TemplateData data) => data.IsFiring ? "danger" : "good";

    /// <summary><c>slack.default.fallback</c>: <c>&lt;default title&gt; | &lt;default title link&gt;</c>.</summary>
    public static string SlackFallback(TemplateData data) => Subject(data) + " | " + AlertmanagerUrl(data);
}
