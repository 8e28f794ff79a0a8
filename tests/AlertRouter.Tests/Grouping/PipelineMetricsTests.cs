using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Grouping;

public class PipelineMetricsTests
{
    [Fact]
    public async Task Metrics_AfterFlushes_CountGroupsAlertsAndFlushes()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 1s, group_interval: 10s}
            receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
            inhibit_rules:
              - source_matchers: [severity="critical"]
                target_matchers: [severity="warning"]
                equal: [service]
            """);
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Down"), ("severity", "critical"), ("service", "api")),
            WebhookAlertSpec.Of(("alertname", "Slow"), ("severity", "warning"), ("service", "api")),
            WebhookAlertSpec.Of(("alertname", "Slow"), ("severity", "warning"), ("service", "db")));

        await app.AdvanceAsync(TimeSpan.FromSeconds(7));

        var scrape = await MetricsScrape.FetchAsync(app.App.Ops);
        Assert.Equal(2, scrape.Value("alertrouter_aggregation_groups"));
        Assert.Equal(2, scrape.Value("alertrouter_alerts", ("state", "active")));
        Assert.Equal(1, scrape.Value("alertrouter_alerts", ("state", "suppressed")));
        Assert.Equal(2, scrape.Value("alertrouter_flushes_total"));
        Assert.True(scrape.Value("alertrouter_dispatcher_processing_duration_seconds_count") >= 1);
        using var health = System.Text.Json.JsonDocument.Parse(await app.App.Ops.GetStringAsync("/health"));
        var pipeline = health.RootElement.GetProperty("components").GetProperty("pipeline");
        Assert.Equal("healthy", pipeline.GetProperty("status").GetString());
        Assert.Equal(2, pipeline.GetProperty("aggregation_groups").GetInt32());
    }
}
