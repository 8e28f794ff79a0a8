namespace AlertRouter.IntegrationTests.Ui;

/// <summary>
/// One AlertRouter with realistic data for the page tests: a critical alert paging and inhibiting its warning, a
/// database team branch, a muted info alert, two payments notifications dead-lettered by a sink answering 400, and an
/// unconfigured integration. Every integration secret is distinctive so a test can prove none reaches a page.
/// </summary>
public sealed class OperatorPageFixture : IAsyncLifetime
{
    public static readonly string[] Secrets =
    [
        "slack-secret-9f41c2", "pd-routing-secret-77aa31e0", "webhook-secret-c0ffee51", "webhook-secret-d474ba5e",
        "bearer-secret-5e11a9f0", "webhook-secret-9a7e3b12",
    ];

    public const string Config = """
        route:
          receiver: default
          group_by: [alertname, service]
          group_wait: 0s
          group_interval: 5m
          repeat_interval: 4h
          routes:
            - matchers: ['severity="critical"']
              receiver: critical
              continue: true
            - matchers: ['team="database"']
              receiver: database-team
              group_by: [alertname, instance]
            - matchers: ['team="payments"']
              receiver: payments
            - matchers: ['category="security"']
              receiver: security
              repeat_interval: 1h
            - matchers: ['severity="info"']
              receiver: default
              group_interval: 15m
              mute_time_intervals: [maintenance]
        receivers:
          - name: default
            slack_configs:
              - api_url: SINK/slack/T0001/B0001/slack-secret-9f41c2
                channel: '#alerts'
          - name: critical
            pagerduty_configs:
              - routing_key: pd-routing-secret-77aa31e0
                url: SINK/pagerduty/v2/enqueue
            webhook_configs:
              - url: SINK/hooks/critical/webhook-secret-c0ffee51
          - name: database-team
            webhook_configs:
              - url: SINK/hooks/database/webhook-secret-d474ba5e
                http_config:
                  authorization:
                    credentials: bearer-secret-5e11a9f0
          - name: payments
            webhook_configs:
              - url: SINK/hooks/payments/webhook-secret-9a7e3b12
          - name: security
            pagerduty_configs:
              - routing_key: ${ALERTROUTER_UI_TEST_UNSET_SECURITY_KEY}
        inhibit_rules:
          - name: critical-inhibits-warning
            source_matchers: ['severity="critical"']
            target_matchers: ['severity="warning"']
            equal: [alertname, service]
        time_intervals:
          - name: maintenance
            time_intervals:
              - times: [{start_time: "00:00", end_time: "24:00"}]
        """;

    public UiStack Stack { get; private set; } = null!;

    public UiBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stack = await UiStack.StartAsync(Config);
        await Stack.PostAsync(
            Alert("DiskFull", "critical", ("service", "postgres"), ("team", "database"), ("instance", "db-1"), ("@summary", "Disk 97% full on db-1")),
            Alert("DiskFull", "warning", ("service", "postgres"), ("team", "database"), ("instance", "db-2"), ("@summary", "Disk 85% full on db-2")),
            Alert("HighLatency", "warning", ("service", "checkout"), ("team", "payments"), ("@summary", "p99 latency above 2s")),
            Alert("PaymentErrorRate", "warning", ("service", "checkout"), ("team", "payments"), ("@summary", "5% of payments fail")),
            Alert("InstanceDown", "warning", ("service", "web"), ("instance", "web-3"), ("@summary", "web-3 has been down for 5 minutes")),
            Alert("NightlyBackupSlow", "info", ("service", "backup"), ("@summary", "backup took 3h")));

        // critical: pagerduty + webhook; database-team: db-1 (db-2 is inhibited); default: slack; payments: 2 dead.
        await Stack.WaitForDeliveriesAsync(delivered: 4, dead: 2);
        Browser = await UiBrowser.LaunchAsync();
    }

    public static Dictionary<string, string> Alert(string name, string severity, params (string Name, string Value)[] more)
    {
        var labels = new Dictionary<string, string> { ["alertname"] = name, ["severity"] = severity };
        foreach (var (key, value) in more)
        {
            labels[key] = value;
        }

        return labels;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }
    }
}
