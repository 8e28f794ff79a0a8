using System.Globalization;
using System.Text;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The alertmanager.yml of one oracle phase: per dataset, a webhook receiver (it records the group as Alertmanager
/// sees it: the template data) and one receiver per run, all routed by <c>dataset="…"</c> with <c>continue: true</c>
/// and the dataset's group_by, so every run of a dataset gets the same group. Each run's receiver has the one
/// integration its field belongs to, with the case's template in that field and defaults elsewhere.
/// </summary>
internal static class OracleConfig
{
    /// <summary>Long enough for every alert of a post to reach its groups before the first flush.</summary>
    public const string GroupWait = "2s";
    public const string GroupInterval = "1s";
    public const string RoutingKey = "oracle-routing-key";

    public static string Webhook(string phase, string dataset) => $"webhook-{phase}@{dataset}";

    public static string WebhookPath(string phase, string dataset) => $"/w/{phase}/{dataset}";

    /// <summary>The dataset label value of a phase: each phase posts its own alerts (see alerts.yaml).</summary>
    public static string LabelSuffix(string phase) => phase == "main" ? "" : "-" + phase;

    public static string Build(string phase, IReadOnlyList<OracleRun> runs, IEnumerable<OracleDataset> datasets, string captureUrl,
        string smarthost, string? templatesGlob)
    {
        var used = datasets.Where(d => runs.Any(r => r.Dataset == d.Name)).ToList();
        var sb = new StringBuilder();
        sb.Append("route:\n  receiver: blackhole\n")
            .Append(CultureInfo.InvariantCulture, $"  group_wait: {GroupWait}\n  group_interval: {GroupInterval}\n  repeat_interval: 4h\n  routes:\n");
        foreach (var dataset in used)
        {
            AppendRoute(sb, Webhook(phase, dataset.Name), dataset, phase);
            foreach (var run in runs.Where(r => r.Dataset == dataset.Name))
            {
                AppendRoute(sb, run.Receiver, dataset, phase);
            }
        }

        if (templatesGlob is not null)
        {
            sb.Append("templates: [").Append(YamlText.Quote(templatesGlob)).Append("]\n");
        }

        sb.Append("receivers:\n  - name: blackhole\n");
        foreach (var dataset in used)
        {
            sb.Append("  - name: ").Append(YamlText.Quote(Webhook(phase, dataset.Name))).Append('\n')
                .Append("    webhook_configs:\n      - url: ").Append(YamlText.Quote(captureUrl + WebhookPath(phase, dataset.Name)))
                .Append("\n        send_resolved: true\n");
        }

        foreach (var run in runs)
        {
            AppendReceiver(sb, run, captureUrl, smarthost);
        }

        return sb.ToString();
    }

    private static void AppendRoute(StringBuilder sb, string receiver, OracleDataset dataset, string phase) =>
        sb.Append("    - receiver: ").Append(YamlText.Quote(receiver)).Append('\n')
            .Append("      matchers: [").Append(YamlText.Quote($"dataset=\"{dataset.Name}{LabelSuffix(phase)}\"")).Append("]\n")
            .Append("      group_by: [").Append(string.Join(", ", dataset.GroupBy.Select(YamlText.Quote))).Append("]\n")
            .Append("      continue: true\n");

    private static void AppendReceiver(StringBuilder sb, OracleRun run, string captureUrl, string smarthost)
    {
        var field = run.Case.Field[(run.Integration.Length + 1)..];
        var template = YamlText.Quote(run.Case.Template);
        var url = YamlText.Quote($"{captureUrl}/r/{run.Index}");
        sb.Append("  - name: ").Append(YamlText.Quote(run.Receiver)).Append('\n');
        switch (run.Integration)
        {
            case "slack":
                sb.Append("    slack_configs:\n      - api_url: ").Append(url).Append("\n        send_resolved: true\n")
                    .Append("        ").Append(field).Append(": ").Append(template).Append('\n');
                break;
            case "pagerduty":
                sb.Append("    pagerduty_configs:\n      - url: ").Append(url).Append("\n        send_resolved: true\n")
                    .Append("        routing_key: ").Append(RoutingKey).Append('\n');
                sb.Append(field.StartsWith("details.", StringComparison.Ordinal)
                    ? $"        details:\n          {YamlText.Quote(field["details.".Length..])}: {template}\n"
                    : $"        {field}: {template}\n");
                break;
            case "email":
                sb.Append("    email_configs:\n      - to: oracle@example.test\n        from: alertmanager@example.test\n")
                    .Append("        smarthost: ").Append(YamlText.Quote(smarthost)).Append('\n')
                    .Append("        require_tls: false\n        send_resolved: true\n")
                    .Append("        headers:\n          X-Oracle-Run: ").Append(YamlText.Quote(run.Index.ToString(CultureInfo.InvariantCulture))).Append('\n');
                sb.Append(field switch
                {
                    "subject" => $"          Subject: {template}\n",
                    "text" => $"        text: {template}\n",
                    "html" => $"        html: {template}\n",
                    _ => throw new InvalidDataException($"{run.Case.Name}: unknown email field {field}"),
                });
                break;
            default:
                throw new InvalidDataException($"{run.Case.Name}: unknown integration in field {run.Case.Field}");
        }
    }
}
