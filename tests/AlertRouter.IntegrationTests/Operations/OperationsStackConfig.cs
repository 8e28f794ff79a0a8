using System.Globalization;
using System.Text.RegularExpressions;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>The configuration files of an <see cref="OperationsStack"/>: AlertRouter's routes, Alertmanager, Prometheus and its rules.</summary>
internal static partial class OperationsStackConfig
{
    /// <summary>
    /// The shipped rules with every <c>for:</c> cut to 2s, so they can fire within the test's minute (2s, not 0s: one
    /// slow scrape must not fire AlertRouterDown). Nothing else changes.
    /// </summary>
    public static string ShippedRulesWithoutForDelays()
    {
        var rules = File.ReadAllText(OperationsFiles.RulesPath);
        var count = ForClause().Matches(rules).Count;
        return count == OperationsFiles.RequiredAlerts.Length
            ? ForClause().Replace(rules, "${indent}for: 2s")
            : throw new InvalidOperationException($"expected {OperationsFiles.RequiredAlerts.Length} for: clauses, found {count}");
    }

    public const string TestRules = $$$"""
        groups:
          - name: e2e
            rules:
              - alert: {{{OperationsStack.TestAlert}}}
                expr: e2e_trigger > 0
                labels:
                  severity: critical
                annotations:
                  summary: 'End-to-end check fired on {{ $labels.instance }}'
                  runbook_url: '{{{OperationsStack.TestRunbook}}}'
        """;

    // Go templates in the receiver, as Alertmanager reads them: the alert's own severity and runbook.
    private const string SeverityTemplate = "{{ .CommonLabels.severity }}";
    private const string RunbookLink = "{href: '{{ .CommonAnnotations.runbook_url }}', text: Runbook}";

    public static string Router(string slackUrl, string pagerDutyUrl, string smarthost) => $"""
        route:
          receiver: blackhole
          group_by: [alertname]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
          routes:
            - matchers: ['alertname="{OperationsStack.TestAlert}"']
              receiver: oncall
        receivers:
          - name: blackhole
          - name: oncall
            pagerduty_configs:
              - routing_key: {OperationsStack.RoutingKey}
                url: {pagerDutyUrl}/v2/enqueue
                severity: '{SeverityTemplate}'
                links: [{RunbookLink}]
            slack_configs:
              - app_token: {OperationsStack.SlackToken}
                app_url: {slackUrl}/api/chat.postMessage
                channel: '#e2e'
                send_resolved: true
            email_configs:
              - to: oncall@example.test
                from: alertrouter@example.test
                smarthost: {smarthost}
                auth_username: {OperationsStack.SmtpUser}
                auth_password: {OperationsStack.SmtpPassword}
                tls_config:
                  insecure_skip_verify: true
                send_resolved: true
        """;

    public static string Alertmanager(string routerApiUrl) => $"""
        route:
          receiver: alertrouter
          group_by: ['...']
          group_wait: 0s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: alertrouter
            webhook_configs:
              - url: {routerApiUrl}/api/v1/alerts
                send_resolved: true
                http_config:
                  authorization:
                    credentials: {OperationsStack.Token}
        """;

    public static string Prometheus(string alertmanagerUrl, string routerOpsUrl, string targetUrl) => $"""
        global:
          scrape_interval: 1s
          scrape_timeout: 1s
          evaluation_interval: 1s
        rule_files: [alertrouter.rules.yml, e2e.rules.yml]
        alerting:
          alertmanagers:
            - static_configs:
                - targets: ['{HostPort(alertmanagerUrl)}']
        scrape_configs:
          - job_name: alertrouter
            static_configs:
              - targets: ['{HostPort(routerOpsUrl)}']
          - job_name: alertmanager
            static_configs:
              - targets: ['{HostPort(alertmanagerUrl)}']
          - job_name: e2e-trigger
            static_configs:
              - targets: ['{HostPort(targetUrl)}']
        """;

    private static string HostPort(string url)
    {
        var uri = new Uri(url);
        return $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"(?m)^(?<indent>[ \t]+)for:[ \t]*\S+[ \t]*$")]
    private static partial Regex ForClause();
}
