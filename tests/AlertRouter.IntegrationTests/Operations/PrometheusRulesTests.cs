using AlertRouter.TestSupport;
using YamlDotNet.RepresentationModel;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>rules/prometheus/alertrouter.rules.yml: checked and unit-tested by the real promtool 2.42.</summary>
public class PrometheusRulesTests
{
    [Fact]
    public async Task PromtoolCheckRules_ShippedRules_Pass()
    {
        var (code, output) = await PromtoolAsync("check", "rules", OperationsFiles.RulesPath);

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS: 6 rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromtoolTestRules_ShippedUnitTests_Pass()
    {
        var (code, output) = await PromtoolAsync("test", "rules", OperationsFiles.RulesTestPath);

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> 0.1", "> 0.9")]
    [InlineData("for: 2m", "for: 10m")]
    [InlineData("alertrouter_dead_letters) > 0", "alertrouter_dead_letters) > 5")]
    [InlineData("> 300", "> 3000")]
    [InlineData("alertrouter_config_last_reload_successful == 0", "alertrouter_config_last_reload_successful == 2")]
    [InlineData("alertrouter_circuit_state) > 0", "alertrouter_circuit_state) > 2")]
    public async Task PromtoolTestRules_RuleBroken_UnitTestsFail(string original, string broken)
    {
        var dir = Tools.TempDir("rules");
        var rules = await File.ReadAllTextAsync(OperationsFiles.RulesPath);
        Assert.Contains(original, rules, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(dir, "alertrouter.rules.yml"), rules.Replace(original, broken, StringComparison.Ordinal));
        File.Copy(OperationsFiles.RulesTestPath, Path.Combine(dir, "alertrouter.rules.test.yml"));

        var (code, output) = await PromtoolAsync("test", "rules", Path.Combine(dir, "alertrouter.rules.test.yml"));
        Directory.Delete(dir, recursive: true);

        Assert.True(code != 0, output);
        Assert.Contains("FAILED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_RequiredAlerts_EachPresentOnce()
    {
        var rules = OperationsFiles.Rules(OperationsFiles.RulesPath);

        Assert.Equal(OperationsFiles.RequiredAlerts, rules.Select(r => r.Name));
    }

    [Fact]
    public void RuleUnitTests_EveryAlert_TestedFiringAndNotFiring()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(OperationsFiles.RulesTestPath))
        {
            yaml.Load(reader);
        }

        var cases = ((YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["tests"]).Children.Cast<YamlMappingNode>()
            .SelectMany(t => ((YamlSequenceNode)t["alert_rule_test"]).Children.Cast<YamlMappingNode>())
            .Select(c => (Alert: ((YamlScalarNode)c["alertname"]).Value, Fires: ((YamlSequenceNode)c["exp_alerts"]).Children.Count > 0))
            .ToList();

        foreach (var alert in OperationsFiles.RequiredAlerts)
        {
            Assert.True(cases.Contains((alert, true)), $"{alert} has no unit test where it fires");
            Assert.True(cases.Contains((alert, false)), $"{alert} has no unit test where it does not fire");
        }
    }

    [Fact]
    public void Rules_EveryAlert_HasSeverityServiceLabelAndRunbookToOperationsSection()
    {
        var readme = OperationsFiles.Anchors(File.ReadAllText(Path.Combine(Tools.RepoRoot, "README.md")));
        Assert.Contains("operations", readme);

        foreach (var rule in OperationsFiles.Rules(OperationsFiles.RulesPath))
        {
            Assert.Contains(rule.Labels["severity"], new[] { "critical", "warning" });
            Assert.Equal("alertrouter", rule.Labels["service"]);
            Assert.Equal(["description", "runbook_url", "summary"], rule.Annotations.Keys.Order(StringComparer.Ordinal));
            var anchor = rule.Name.ToLowerInvariant();
            Assert.EndsWith($"/README.md#{anchor}", rule.Annotations["runbook_url"], StringComparison.Ordinal);
            Assert.True(readme.Contains(anchor), $"README.md's Operations section has no heading for #{anchor}");
        }
    }

    internal static async Task<(int Code, string Output)> PromtoolAsync(params string[] args)
    {
        await using var promtool = ManagedProcess.Start(Tools.Promtool, args);
        var code = await promtool.WaitForExitAsync(TimeSpan.FromMinutes(1));
        return (code, promtool.Output);
    }
}
