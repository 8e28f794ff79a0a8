using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Config;

public class TemplateConfigValidatorTests
{
    [Theory]
    [InlineData("{{ .Status", "template: :1: unclosed action")]
    [InlineData("{{ unknownFn .Status }}", "template: :1: function \"unknownFn\" not defined")]
    [InlineData("{{ range .Alerts }}x", "template: :1: unexpected EOF")]
    [InlineData("{{ end }}", "template: :1: unexpected {{end}}")]
    public async Task CheckConfig_BrokenTemplate_FailsWithItsPlaceAndGoMessage(string template, string goMessage)
    {
        var path = await WriteAsync(Config($"title: '{template}'"));

        var (code, stdout) = await CheckConfigAsync(path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:7:", stdout, StringComparison.Ordinal);
        Assert.Contains($"receiver \"s\" slack[0]: template title: {goMessage}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_GoTemplatesAsAmtoolAcceptsThem_Succeeds()
    {
        // The Slack receiver of issue 16, which amtool 0.25 accepts.
        var path = await WriteAsync(Config("""
            title: '{{ .CommonLabels.alertname | toUpper }} ({{ len .Alerts }})'
                    text: '{{ range .Alerts }}*{{ .Annotations.summary }}* {{ .Labels.severity }}{{ "\n" }}{{ end }}'
            """));

        var (code, stdout) = await CheckConfigAsync(path);

        Assert.True(code == 0, stdout);
    }

    [Fact]
    public async Task CheckConfig_FieldCallsADefineOfATemplatesFile_Succeeds()
    {
        var path = await WriteAsync(Config("title: '{{ template \"team.title\" . }}'", "templates: ['tmpl/*.tmpl']"));
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(path)!, "tmpl"));
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(path)!, "tmpl", "team.tmpl"), """{{ define "team.title" }}{{ .Status }}{{ end }}""");

        var (code, stdout) = await CheckConfigAsync(path);

        Assert.True(code == 0, stdout);
    }

    [Fact]
    public async Task CheckConfig_TemplatesFileThatDoesNotParse_FailsAtItsGlob()
    {
        var path = await WriteAsync(Config("title: x", "templates: ['bad.tmpl']"));
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(path)!, "bad.tmpl"), "{{ define \"x\" }}\n{{ nope }}{{ end }}");

        var (code, stdout) = await CheckConfigAsync(path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:8:", stdout, StringComparison.Ordinal);
        Assert.Contains("failed to parse templates: template: bad.tmpl:2: function \"nope\" not defined", stdout, StringComparison.Ordinal);
    }

    private static string Config(string field, string tail = "") => $"""
        route:
          receiver: s
        receivers:
          - name: s
            slack_configs:
              - api_url: http://127.0.0.1:1/x
                {field}
        {tail}
        """;

    private static async Task<string> WriteAsync(string yaml)
    {
        var path = Path.Combine(Tools.TempDir("tmpl"), "am.yml");
        await File.WriteAllTextAsync(path, yaml);
        return path;
    }

    private static async Task<(int Code, string Stdout)> CheckConfigAsync(string path)
    {
        var stdout = new StringWriter();
        var code = await CommandLine.RunToolAsync(["check-config", "--config", path], stdout, new StringWriter());
        return (code, stdout.ToString());
    }
}
