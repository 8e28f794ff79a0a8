using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>
/// rules/prometheus/ holds Prometheus rule files next to AlertRouter's own routing rules. AlertRouter's config loader
/// must never read them: they are not Alertmanager config and would fail the load.
/// </summary>
public class PrometheusRulesIgnoredTests
{
    [Fact]
    public async Task CheckConfig_ShippedRoutesAndRules_SkipsPrometheusFolder()
    {
        var (code, output) = await CheckConfigAsync(Path.Combine(Tools.RepoRoot, "routes"), Path.Combine(Tools.RepoRoot, "rules"));

        Assert.True(code == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
        Assert.Contains(" - 3 inhibit rules", output, StringComparison.Ordinal);
        Assert.DoesNotContain("alertrouter.rules", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_PrometheusRuleFileNamedExplicitly_FailsToLoad()
    {
        var (code, output) = await CheckConfigAsync(Path.Combine(Tools.RepoRoot, "routes"), OperationsFiles.RulesPath);

        Assert.Equal(1, code);
        Assert.Contains("field groups not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ConfigDirWithPrometheusSubfolder_StartsAndDoesNotReloadOnItsChanges()
    {
        var dataDir = Tools.TempDir("ignored");
        var prometheusDir = Path.Combine(dataDir, "config", "prometheus");
        Directory.CreateDirectory(prometheusDir);
        File.Copy(OperationsFiles.RulesPath, Path.Combine(prometheusDir, "alertrouter.rules.yml"));
        await using var app = await TestApp.StartAsync(dataDir: dataDir, settings: new Dictionary<string, string> { ["ConfigReloadDebounce"] = "00:00:00.100" });
        var reloads = (await MetricsScrape.FetchAsync(app.Ops)).Value("alertrouter_config_reloads_total", ("outcome", "success"));

        await File.AppendAllTextAsync(Path.Combine(prometheusDir, "alertrouter.rules.yml"), "\nnot: [valid alertmanager config\n");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterRuleEdit = (await MetricsScrape.FetchAsync(app.Ops)).Value("alertrouter_config_reloads_total", ("outcome", "success"));
        await File.AppendAllTextAsync(Path.Combine(app.ConfigDir, "alertmanager.yml"), "\n# touched\n");
        var afterConfigEdit = await WaitForReloadsAsync(app, reloads + 1);

        Assert.Equal(reloads, afterRuleEdit);
        Assert.Equal(reloads + 1, afterConfigEdit);
        Assert.Equal(1, (await MetricsScrape.FetchAsync(app.Ops)).Value("alertrouter_config_last_reload_successful"));
    }

    private static async Task<double?> WaitForReloadsAsync(TestApp app, double? expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        double? value;
        do
        {
            await Task.Delay(100);
            value = (await MetricsScrape.FetchAsync(app.Ops)).Value("alertrouter_config_reloads_total", ("outcome", "success"));
        }
        while (value < expected && DateTime.UtcNow < deadline);
        return value;
    }

    private static async Task<(int Code, string Output)> CheckConfigAsync(params string[] paths)
    {
        var output = new StringWriter();
        var code = await CommandLine.RunToolAsync(["check-config", .. paths.Select(p => $"--config={p}")], output, output);
        return (code, output.ToString());
    }
}
