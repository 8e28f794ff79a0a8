using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>deploy/grafana/dashboards/alertrouter.json, statically (the end-to-end test runs every query live).</summary>
public partial class DashboardTests
{
    /// <summary>Issue 6's panels, each with the series it must show.</summary>
    public static TheoryData<string, string[]> RequiredPanels => new()
    {
        { "Webhooks received by outcome", ["alertrouter_webhooks_received_total"] },
        { "Notifications sent and failed", ["alertrouter_notifications_total", "alertrouter_notifications_failed_total"] },
        { "Failure ratio", ["alertrouter_notifications_failed_total", "alertrouter_notifications_total"] },
        { "Delivery latency p50/p95/p99 by integration", ["alertrouter_notification_latency_seconds_bucket"] },
        { "Delivery queue depth", ["alertrouter_delivery_queue_depth"] },
        { "Oldest queued notification age", ["alertrouter_delivery_queue_oldest_age_seconds"] },
        { "Retries and rate-limit waits", ["alertrouter_delivery_retries_total", "alertrouter_rate_limit_waits_total"] },
        { "Dead letters", ["alertrouter_dead_letters"] },
        { "Circuit state per receiver", ["alertrouter_circuit_state"] },
        { "Suppressed notifications by reason", ["alertrouter_notifications_suppressed_total"] },
        { "Active alerts and aggregation groups", ["alertrouter_alerts", "alertrouter_aggregation_groups"] },
        { "Config reload status", ["alertrouter_config_last_reload_successful"] },
        { "Last successful reload", ["alertrouter_config_last_reload_success_timestamp_seconds"] },
    };

    [Theory]
    [MemberData(nameof(RequiredPanels))]
    public void Dashboard_RequiredPanel_QueriesItsSeries(string title, string[] series)
    {
        using var dashboard = OperationsFiles.Dashboard();

        var queries = OperationsFiles.DashboardQueries(dashboard).Where(q => q.Panel == title).ToList();

        Assert.NotEmpty(queries);
        foreach (var name in series)
        {
            Assert.Contains(queries, q => OperationsFiles.MetricNames(q.Expr).Contains(name));
        }
    }

    [Fact]
    public void Dashboard_Variables_DatasourceJobReceiverIntegration()
    {
        using var dashboard = OperationsFiles.Dashboard();

        var variables = OperationsFiles.Variables(dashboard);

        Assert.Equal(["datasource", "job", "receiver", "integration"], variables.Keys);
        Assert.Equal("datasource", variables["datasource"].GetProperty("type").GetString());
        Assert.Equal("prometheus", variables["datasource"].GetProperty("query").GetString());
        Assert.Equal(("alertrouter_notifications_total{job=~\"$job\"}", "receiver"), OperationsFiles.LabelValues(variables["receiver"]));
        Assert.Equal(("alertrouter_notifications_total{job=~\"$job\", receiver=~\"$receiver\"}", "integration"), OperationsFiles.LabelValues(variables["integration"]));
        foreach (var name in new[] { "receiver", "integration" })
        {
            Assert.True(variables[name].GetProperty("multi").GetBoolean());
            Assert.True(variables[name].GetProperty("includeAll").GetBoolean());
            Assert.Equal(".*", variables[name].GetProperty("allValue").GetString());
        }
    }

    [Fact]
    public void Dashboard_EveryPanelAndTarget_UsesDatasourceVariable()
    {
        using var dashboard = OperationsFiles.Dashboard();

        var panels = OperationsFiles.Panels(dashboard.RootElement).Where(p => p.GetProperty("type").GetString() != "row").ToList();

        Assert.NotEmpty(panels);
        foreach (var panel in panels)
        {
            Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
            Assert.All(panel.GetProperty("targets").EnumerateArray(), t => Assert.Equal("${datasource}", t.GetProperty("datasource").GetProperty("uid").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(panel.GetProperty("description").GetString()), panel.GetProperty("title").GetString());
        }

        foreach (var variable in OperationsFiles.Variables(dashboard).Values.Where(v => v.GetProperty("type").GetString() == "query"))
        {
            Assert.Equal("${datasource}", variable.GetProperty("datasource").GetProperty("uid").GetString());
        }
    }

    [Fact]
    public void Dashboard_Layout_UniqueIdsAndPanelsInsideTheGrid()
    {
        using var dashboard = OperationsFiles.Dashboard();

        var panels = OperationsFiles.Panels(dashboard.RootElement).ToList();

        Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.All(panels, p =>
        {
            var grid = p.GetProperty("gridPos");
            Assert.InRange(grid.GetProperty("x").GetInt32() + grid.GetProperty("w").GetInt32(), 1, 24);
        });
        Assert.Equal("alertrouter", dashboard.RootElement.GetProperty("uid").GetString());
        Assert.True(dashboard.RootElement.GetProperty("schemaVersion").GetInt32() >= 36);
    }

    [Fact]
    public void DashboardAndRules_MetricNames_AreDeclaredBySrc()
    {
        using var dashboard = OperationsFiles.Dashboard();
        var declared = Directory.EnumerateFiles(Path.Combine(Tools.RepoRoot, "src", "AlertRouter"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => DeclaredName().Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var used = OperationsFiles.DashboardQueries(dashboard).Select(q => q.Expr)
            .Concat(OperationsFiles.Rules(OperationsFiles.RulesPath).Select(r => r.Expr))
            .SelectMany(OperationsFiles.MetricNames)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("alertrouter_notifications_total", declared);
        Assert.All(used, name => Assert.Contains(HistogramSuffix().Replace(name, ""), declared));
    }

    [GeneratedRegex("\"(?<name>alertrouter_[a-z0-9_]+)\"")]
    private static partial Regex DeclaredName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
