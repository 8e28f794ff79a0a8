namespace AlertRouter.IntegrationTests.Config;

/// <summary>
/// Alertmanager configs for the check-config differential test, valid and invalid. Each is written with a minimal
/// valid base unless it replaces the whole file. Known, documented divergences (UTF-8-only matcher syntax,
/// Alertmanager 0.27+ fields) are deliberately absent.
/// </summary>
internal static class CheckConfigCorpus
{
    private const string Receivers = "receivers:\n  - name: default\n  - name: team\n";

    public static IEnumerable<(string Name, string Yaml)> Cases()
    {
        foreach (var (name, route) in Routes())
        {
            yield return (name, $"route:\n{route}\n{Receivers}");
        }

        foreach (var (name, receiver) in ReceiverBlocks())
        {
            yield return (name, $"route:\n  receiver: r\nreceivers:\n  - name: r\n{receiver}\n");
        }

        foreach (var (name, spec) in Intervals())
        {
            yield return (name, $"route:\n  receiver: default\n  routes:\n    - matchers: [a=1]\n      mute_time_intervals: [w]\n{Receivers}time_intervals:\n  - name: w\n    time_intervals:\n      - {spec}\n");
        }

        foreach (var (name, rule) in InhibitRules())
        {
            yield return (name, $"route:\n  receiver: default\n{Receivers}inhibit_rules:\n  - {rule}\n");
        }

        foreach (var whole in WholeFiles())
        {
            yield return whole;
        }
    }

    private static IEnumerable<(string, string)> Routes() =>
    [
        ("minimal", "  receiver: default"),
        ("nested-valid", "  receiver: default\n  group_by: [alertname]\n  routes:\n    - matchers: ['team=\"db\"', 'severity=~\"critical|page\"']\n      receiver: team\n      continue: true\n      routes:\n        - match: {env: prod}\n          group_wait: 1m"),
        ("legacy-match-re", "  receiver: default\n  routes:\n    - match_re: {service: 'check.*', env: 'prod|staging'}\n      receiver: team"),
        ("group-by-all", "  receiver: default\n  group_by: ['...']"),
        ("group-by-empty", "  receiver: default\n  group_by: []"),
        ("timers", "  receiver: default\n  group_wait: 0s\n  group_interval: 1m30s\n  repeat_interval: 1d"),
        ("undefined-receiver", "  receiver: default\n  routes:\n    - matchers: [a=1]\n      receiver: nope"),
        ("root-without-receiver", "  group_by: [a]"),
        ("root-matchers", "  receiver: default\n  matchers: [a=1]"),
        ("root-match", "  receiver: default\n  match: {a: '1'}"),
        ("root-continue", "  receiver: default\n  continue: true"),
        ("root-mute", "  receiver: default\n  mute_time_intervals: [x]"),
        ("unknown-route-field", "  receiver: default\n  recevier: team"),
        ("bad-regex-bracket", "  receiver: default\n  routes:\n    - matchers: ['a=~\"[x\"']"),
        ("bad-regex-lookahead", "  receiver: default\n  routes:\n    - matchers: ['a=~\"(?=x)\"']"),
        ("bad-regex-backref", "  receiver: default\n  routes:\n    - match_re: {a: '(x)\\1'}"),
        ("bad-regex-repeat", "  receiver: default\n  routes:\n    - match_re: {a: 'x**'}"),
        ("match-re-null", "  receiver: default\n  routes:\n    - match_re: {a: null}"),
        ("bad-matcher-quote", "  receiver: default\n  routes:\n    - matchers: ['a=\"unterminated']"),
        ("bad-matcher-operator", "  receiver: default\n  routes:\n    - matchers: ['a']"),
        ("bad-match-label-name", "  receiver: default\n  routes:\n    - match: {'bad-name': x}"),
        ("group-by-duplicate", "  receiver: default\n  group_by: [a, a]"),
        ("group-by-invalid-name", "  receiver: default\n  group_by: ['bad-name']"),
        ("group-by-all-and-labels", "  receiver: default\n  group_by: ['...', a]"),
        ("group-interval-zero", "  receiver: default\n  group_interval: 0s"),
        ("repeat-interval-zero", "  receiver: default\n  repeat_interval: 0s"),
        ("group-wait-zero-ok", "  receiver: default\n  routes:\n    - matchers: [a=1]\n      group_wait: 0s"),
        ("bad-duration", "  receiver: default\n  group_wait: 5 minutes"),
        ("bad-duration-unitless", "  receiver: default\n  group_wait: 30"),
        ("continue-not-bool", "  receiver: default\n  routes:\n    - matchers: [a=1]\n      continue: maybe"),
        ("routes-not-list", "  receiver: default\n  routes: {matchers: [a=1]}"),
        ("undefined-interval", "  receiver: default\n  routes:\n    - matchers: [a=1]\n      active_time_intervals: [nope]"),
    ];

    private static IEnumerable<(string, string)> ReceiverBlocks() =>
    [
        ("webhook-ok", "    webhook_configs:\n      - url: http://127.0.0.1:9999/hook\n        send_resolved: false\n        max_alerts: 5"),
        ("webhook-missing-url", "    webhook_configs:\n      - send_resolved: true"),
        ("webhook-bad-scheme", "    webhook_configs:\n      - url: ftp://example.com/x"),
        ("webhook-unknown-field", "    webhook_configs:\n      - url: http://x/y\n        method: PUT"),
        ("slack-ok", "    slack_configs:\n      - api_url: https://hooks.slack.com/services/x\n        channel: '#c'\n        title: '{{ .CommonLabels.alertname }}'\n        fields: [{title: t, value: v, short: true}]\n        actions: [{type: button, text: Runbook, url: 'http://rb'}]"),
        ("slack-no-url", "    slack_configs:\n      - channel: '#c'"),
        ("slack-field-missing-value", "    slack_configs:\n      - api_url: https://hooks.slack.com/x\n        fields: [{title: t}]"),
        ("slack-action-missing-type", "    slack_configs:\n      - api_url: https://hooks.slack.com/x\n        actions: [{text: x, url: 'http://x'}]"),
        ("slack-url-and-file", "    slack_configs:\n      - api_url: https://hooks.slack.com/x\n        api_url_file: /tmp/x"),
        ("pagerduty-ok", "    pagerduty_configs:\n      - routing_key: abc\n        severity: critical\n        details: {runbook: 'http://rb'}\n        links: [{href: 'http://x', text: x}]"),
        ("pagerduty-service-key-ok", "    pagerduty_configs:\n      - service_key: abc"),
        ("pagerduty-missing-key", "    pagerduty_configs:\n      - severity: critical"),
        ("pagerduty-key-and-file", "    pagerduty_configs:\n      - routing_key: abc\n        routing_key_file: /tmp/k"),
        ("pagerduty-bad-url", "    pagerduty_configs:\n      - routing_key: abc\n        url: 'not a url'"),
        ("email-ok", "    email_configs:\n      - to: a@example.com\n        from: b@example.com\n        smarthost: smtp.example.com:587\n        headers: {Subject: hi}"),
        ("email-missing-to", "    email_configs:\n      - from: b@example.com\n        smarthost: smtp.example.com:587"),
        ("email-no-smarthost", "    email_configs:\n      - to: a@example.com\n        from: b@example.com"),
        ("email-no-from", "    email_configs:\n      - to: a@example.com\n        smarthost: smtp.example.com:587"),
        ("email-bad-smarthost", "    email_configs:\n      - to: a@example.com\n        from: b@example.com\n        smarthost: smtp.example.com"),
        ("email-duplicate-header", "    email_configs:\n      - to: a@example.com\n        from: b@example.com\n        smarthost: s:25\n        headers: {subject: a, Subject: b}"),
        ("http-config-ok", "    webhook_configs:\n      - url: http://x/y\n        http_config:\n          basic_auth: {username: u, password: p}\n          follow_redirects: false"),
        ("http-config-two-auths", "    webhook_configs:\n      - url: http://x/y\n        http_config:\n          basic_auth: {username: u, password: p}\n          bearer_token: t"),
        ("receiver-unknown-integration-field", "    pagerduty_configs:\n      - routing_key: abc\n        colour: red"),
    ];

    private static IEnumerable<(string, string)> Intervals() =>
    [
        ("interval-ok", "{times: [{start_time: '09:00', end_time: '17:00'}], weekdays: ['monday:friday'], days_of_month: ['1:5', '-3:-1'], months: ['1:3', 'may:august'], years: ['2020:2030'], location: 'Australia/Sydney'}"),
        ("interval-24h", "{times: [{start_time: '00:00', end_time: '24:00'}]}"),
        ("interval-numeric-weekday", "{weekdays: ['1']}"),
        ("interval-wrapping-weekdays", "{weekdays: ['saturday:sunday']}"),
        ("interval-bad-dom-order", "{days_of_month: ['10:-25']}"),
        ("interval-bad-time", "{times: [{start_time: '01:99', end_time: '02:00'}]}"),
        ("interval-reversed-months", "{months: ['december:january']}"),
        ("interval-bad-location", "{location: 'Mars/Olympus'}"),
        ("interval-missing-end", "{times: [{start_time: '01:00'}]}"),
        ("interval-unknown-field", "{hours: ['1']}"),
    ];

    private static IEnumerable<(string, string)> InhibitRules() =>
    [
        ("inhibit-ok", "{source_matchers: ['severity=\"critical\"'], target_matchers: ['severity=~\"warning|info\"'], equal: [alertname]}"),
        ("inhibit-legacy-ok", "{source_match: {severity: critical}, target_match_re: {severity: 'warn.*'}, equal: [alertname, service]}"),
        ("inhibit-bad-matcher", "{source_matchers: ['severity=\"critical'], target_matchers: ['a=1']}"),
        ("inhibit-bad-label-name", "{source_match: {'bad-name': x}}"),
        ("inhibit-bad-regex", "{target_match_re: {a: '[x'}}"),
        ("inhibit-unknown-field", "{source_matchers: [a=1], target: [b=1]}"),
    ];

    private static IEnumerable<(string, string)> WholeFiles() =>
    [
        ("empty-file", ""),
        ("no-route", Receivers),
        ("yaml-syntax-error", "route:\n  receiver: default\n   bad indent: x\n" + Receivers),
        ("duplicate-receiver", "route:\n  receiver: default\nreceivers:\n  - name: default\n  - name: default\n"),
        ("receiver-missing-name", "route:\n  receiver: default\nreceivers:\n  - name: default\n  - webhook_configs: [{url: 'http://x/y'}]\n"),
        ("duplicate-time-interval", "route:\n  receiver: default\n" + Receivers + "time_intervals:\n  - name: w\n    time_intervals: [{weekdays: [monday]}]\n  - name: w\n    time_intervals: [{weekdays: [friday]}]\n"),
        ("legacy-mute-time-intervals", "route:\n  receiver: default\n  routes:\n    - matchers: [a=1]\n      mute_time_intervals: [w]\n" + Receivers + "mute_time_intervals:\n  - name: w\n    time_intervals: [{weekdays: [monday]}]\n"),
        ("unknown-top-level", "route:\n  receiver: default\n" + Receivers + "silences: []\n"),
        ("global-ok", "global:\n  resolve_timeout: 1m\n  smtp_smarthost: smtp.example.com:587\n  smtp_from: a@example.com\n  slack_api_url: https://hooks.slack.com/x\nroute:\n  receiver: r\nreceivers:\n  - name: r\n    email_configs: [{to: b@example.com}]\n    slack_configs: [{channel: '#x'}]\n"),
        ("global-unknown-field", "global:\n  smtp_host: x:25\nroute:\n  receiver: default\n" + Receivers),
        ("anchors-and-merge", "x: &common {group_wait: 10s, receiver: team}\nroute:\n  receiver: default\n  routes:\n    - <<: *common\n      matchers: [a=1]\n" + Receivers),
        ("duplicate-key", "route:\n  receiver: default\n  receiver: team\n" + Receivers),
        ("templates-ok", "templates: ['/nonexistent/*.tmpl']\nroute:\n  receiver: default\n" + Receivers),
        ("not-a-mapping", "- route\n- receivers\n"),
    ];
}
