using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Config;

public class TemplateConfigValidatorTests
{
    [Theory]
    [InlineData("{{foo", "Reached end of template")]
    [InlineData("{{unknownHelper x}}", "unknownHelper")]
    [InlineData("{{> missing}}", "missing")]
    public async Task CheckConfig_BrokenTemplate_FailsWithItsPlace(string template, string expected)
    {
        var dir = Tools.TempDir("tmpl");
        var path = Path.Combine(dir, "am.yml");
        await File.WriteAllTextAsync(path, $"""
            route:
              receiver: s
            receivers:
              - name: s
                slack_configs:
                  - api_url: http://127.0.0.1:1/x
                    title: '{template}'
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CommandLine.RunToolAsync(["check-config", "--config", path], stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains($"FAILED: {path}:7:", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("template title", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_GoodHandlebarsTemplate_Succeeds()
    {
        var dir = Tools.TempDir("tmpl");
        var path = Path.Combine(dir, "am.yml");
        await File.WriteAllTextAsync(path, """
            route:
              receiver: s
            receivers:
              - name: s
                slack_configs:
                  - api_url: http://127.0.0.1:1/x
                    title: '{{toUpper Status}}: {{CommonLabels.alertname}}'
            """);

        var code = await CommandLine.RunToolAsync(["check-config", "--config", path], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
    }
}
