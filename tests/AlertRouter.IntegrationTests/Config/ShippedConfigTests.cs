using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Templating.Alertmanager;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>The repository's routes/ and rules/: valid, routed as documented, and accepted by amtool via config show.</summary>
public class ShippedConfigTests
{
    private static readonly string Routes = Path.Combine(Tools.RepoRoot, "routes");
    private static readonly string Rules = Path.Combine(Tools.RepoRoot, "rules");

    [Fact]
    public async Task ConfigShow_ShippedConfig_IsAcceptedByAmtool()
    {
        var shown = await AmtoolRunner.OursAsync("config", "show", "--config", Routes, "--config", Rules);
        var path = Path.Combine(Tools.TempDir("shipped"), "alertmanager.yml");
        await File.WriteAllTextAsync(path, shown.Stdout);

        // The templates: glob is relative to the file, so Alertmanager parses the shipped template files too.
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(path)!, "templates"));
        foreach (var file in Directory.GetFiles(Path.Combine(Routes, "templates")))
        {
            File.Copy(file, Path.Combine(Path.GetDirectoryName(path)!, "templates", Path.GetFileName(file)));
        }

        var amtool = await AmtoolRunner.AmtoolAsync("check-config", path);

        Assert.Equal(0, shown.ExitCode);
        Assert.True(amtool.ExitCode == 0, amtool + shown.Stdout);
        Assert.Contains(" - 3 inhibit rules\n - 7 receivers\n", amtool.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedTemplates_DefineTheSharedSlackText()
    {
        using var services = new ServiceCollection().AddLogging().AddNotifiers().BuildServiceProvider();
        var loader = new ConfigLoader(new EnvironmentExpander(_ => null), [new TemplateConfigValidator(services.GetRequiredService<TemplateEngine>())], TimeProvider.System);
        var result = loader.Load([Routes, Rules]);
        Assert.True(result.Config is not null, string.Join("\n", result.Errors));
        var alert = new Alert(
            LabelSet.Of(("alertname", "DiskFull"), ("instance", "db-1:9100")),
            LabelSet.Of(("summary", "disk 95% full"), ("runbook_url", "https://rb/disk")),
            DateTimeOffset.UnixEpoch, GoTime.Zero, "");
        var data = TemplateData.Create("critical", LabelSet.Of(("alertname", "DiskFull")), [alert, alert with { Annotations = LabelSet.Empty }], "http://ar", DateTimeOffset.UnixEpoch);
        var slack = result.Config.Receivers["critical"].Integrations.OfType<SlackConfig>().Single();

        var text = result.Config.MessageTemplates!.Compile(slack.Text!, TemplateFlavor.Text).Execute(data);

        Assert.Equal("• disk 95% full on `db-1:9100` (<https://rb/disk|runbook>)\n• DiskFull on `db-1:9100`\n", text);
    }

    [Theory]
    [InlineData("severity=critical", "critical")]
    [InlineData("severity=critical team=database", "critical,database")]
    [InlineData("category=security severity=critical", "security")]
    [InlineData("severity=warning", "warnings")]
    [InlineData("severity=info", "info")]
    [InlineData("team=compliance", "compliance")]
    [InlineData("severity=warning team=compliance", "warnings,compliance")]
    [InlineData("alertname=Unknown", "default")]
    public async Task RoutesTest_ShippedPolicy_RoutesAsDocumented(string labels, string receivers)
    {
        var run = await AmtoolRunner.OursAsync(["routes", "test", "--config", Routes, "--config", Rules, .. labels.Split(' ')]);

        Assert.Equal((receivers + "\n", 0), (run.Stdout, run.ExitCode));
    }

    [Fact]
    public async Task Service_ShippedConfigWithoutEnvironment_StartsWithIntegrationsUnconfigured()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["ConfigPaths"] = $"{Routes};{Rules}" });

        var config = (await app.Ops.GetFromJsonAsync<JsonElement>("/health")).GetProperty("components").GetProperty("config");

        Assert.Equal("degraded", config.GetProperty("status").GetString());
        Assert.Contains(config.GetProperty("unconfiguredIntegrations").EnumerateArray(), i => i.GetString()!.StartsWith("critical/pagerduty[0]", StringComparison.Ordinal));
        Assert.True((await app.Ops.GetAsync("/health/ready")).IsSuccessStatusCode);
    }
}
