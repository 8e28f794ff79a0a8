using AlertRouter.TestSupport;
using YamlDotNet.RepresentationModel;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>deploy/prometheus, deploy/alertmanager and deploy/grafana/provisioning, checked by the real tools in the layout docker-compose mounts.</summary>
public class DeployConfigTests
{
    [Fact]
    public async Task PrometheusConfig_InComposeLayout_PromtoolCheckConfigPassesAndLoadsTheRules()
    {
        // docker-compose mounts prometheus.yml at /etc/prometheus/ and rules/prometheus/ at /etc/prometheus/rules/.
        var dir = Tools.TempDir("promcfg");
        Directory.CreateDirectory(Path.Combine(dir, "rules"));
        File.Copy(Path.Combine(Tools.RepoRoot, "deploy", "prometheus", "prometheus.yml"), Path.Combine(dir, "prometheus.yml"));
        foreach (var file in Directory.GetFiles(Path.Combine(Tools.RepoRoot, "rules", "prometheus")))
        {
            File.Copy(file, Path.Combine(dir, "rules", Path.GetFileName(file)));
        }

        var (code, output) = await PrometheusRulesTests.PromtoolAsync("check", "config", Path.Combine(dir, "prometheus.yml"));
        Directory.Delete(dir, recursive: true);

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS: 1 rule files found", output, StringComparison.Ordinal);
        Assert.Contains("SUCCESS: 6 rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PrometheusConfig_ScrapesAlertRouterOpsPortAndAlertmanager_AlertsToAlertmanager()
    {
        var root = Load(Path.Combine("deploy", "prometheus", "prometheus.yml"));

        var jobs = ((YamlSequenceNode)root["scrape_configs"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(j => j["job_name"].ToString(), j => Targets(j));
        Assert.Equal(["alertrouter:9095"], jobs["alertrouter"]);
        Assert.Equal(["alertmanager:9093"], jobs["alertmanager"]);
        var alerting = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)root["alerting"])["alertmanagers"]).Children[0];
        Assert.Equal(["alertmanager:9093"], Targets(alerting));
        Assert.Equal("rules/*.rules.yml", ((YamlSequenceNode)root["rule_files"]).Children.Single().ToString());
    }

    [Fact]
    public async Task AlertmanagerConfig_AmtoolCheckConfig_Passes()
    {
        await using var amtool = ManagedProcess.Start(Tools.Amtool, ["check-config", Path.Combine(Tools.RepoRoot, "deploy", "alertmanager", "alertmanager.yml")]);

        var code = await amtool.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(code == 0, amtool.Output);
        Assert.Contains("SUCCESS", amtool.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alertrouter-bypass,alertrouter", "alertname=AlertRouterDown", "service=alertrouter", "severity=critical")]
    [InlineData("alertrouter-bypass,alertrouter", "alertname=NotificationFailureRatioHigh", "service=alertrouter", "receiver=critical", "integration=pagerduty")]
    [InlineData("alertrouter", "alertname=HighLatency", "service=checkout", "severity=critical")]
    [InlineData("alertrouter", "alertname=Whatever")]
    public async Task AlertmanagerConfig_RoutesTest_AlertRouterAlertsAlsoBypassAlertRouter(string expected, params string[] labels)
    {
        await using var amtool = ManagedProcess.Start(Tools.Amtool,
            ["config", "routes", "test", $"--config.file={Path.Combine(Tools.RepoRoot, "deploy", "alertmanager", "alertmanager.yml")}", .. labels]);

        var code = await amtool.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(code == 0, amtool.Output);
        Assert.Equal(expected, amtool.Output.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0 && !l.StartsWith("Warning", StringComparison.Ordinal)));
    }

    [Fact]
    public void AlertmanagerConfig_PostsToAlertRouterWithBearerTokenFile()
    {
        var root = Load(Path.Combine("deploy", "alertmanager", "alertmanager.yml"));

        var receiver = ((YamlSequenceNode)root["receivers"]).Children.Cast<YamlMappingNode>().Single(r => r["name"].ToString() == "alertrouter");
        var hook = (YamlMappingNode)((YamlSequenceNode)receiver["webhook_configs"]).Children.Single();
        Assert.Equal("http://alertrouter:8080/api/v1/alerts", hook["url"].ToString());
        Assert.Equal("true", hook["send_resolved"].ToString());
        var auth = (YamlMappingNode)((YamlMappingNode)hook["http_config"])["authorization"];
        Assert.Equal("Bearer", auth["type"].ToString());
        Assert.Equal("/run/secrets/intake_token", auth["credentials_file"].ToString());
    }

    [Fact]
    public void GrafanaProvisioning_DatasourceAndDashboardProvider_PointWhereComposeMounts()
    {
        var datasource = (YamlMappingNode)((YamlSequenceNode)Load(Path.Combine("deploy", "grafana", "provisioning", "datasources", "prometheus.yml"))["datasources"]).Children.Single();
        var provider = (YamlMappingNode)((YamlSequenceNode)Load(Path.Combine("deploy", "grafana", "provisioning", "dashboards", "alertrouter.yml"))["providers"]).Children.Single();
        var compose = File.ReadAllText(Path.Combine(Tools.RepoRoot, "docker-compose.yml"));

        Assert.Equal("prometheus", datasource["type"].ToString());
        Assert.Equal("http://prometheus:9090", datasource["url"].ToString());
        Assert.Equal("file", provider["type"].ToString());
        var path = ((YamlMappingNode)provider["options"])["path"].ToString();
        Assert.Contains($"./deploy/grafana/dashboards:{path}:ro", compose, StringComparison.Ordinal);
        Assert.Contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro", compose, StringComparison.Ordinal);
    }

    private static YamlMappingNode Load(string relativePath)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Tools.RepoRoot, relativePath));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string[] Targets(YamlMappingNode config) =>
    [
        .. ((YamlSequenceNode)config["static_configs"]).Children.Cast<YamlMappingNode>()
            .SelectMany(s => ((YamlSequenceNode)s["targets"]).Children.Select(t => t.ToString())),
    ];
}
