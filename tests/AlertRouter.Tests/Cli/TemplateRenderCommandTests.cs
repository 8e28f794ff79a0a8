using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Cli;

public sealed class TemplateRenderCommandTests
{
    private const string Data = """
        {"receiver": "team-x", "status": "firing", "externalURL": "http://am:9093",
         "groupLabels": {"alertname": "DiskFull"}, "commonLabels": {"alertname": "DiskFull", "severity": "page"},
         "alerts": [{"status": "firing", "labels": {"alertname": "DiskFull", "instance": "<script>x</script>"},
                     "annotations": {"summary": "disk 95% full"}, "startsAt": "2026-12-07T09:00:00.123456789Z",
                     "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "http://prom/graph", "fingerprint": "abc"}]}
        """;

    [Fact]
    public async Task TemplateRender_NoData_RendersAmtoolsExample()
    {
        var (stdout, stderr, code) = await RunAsync("template", "render", "--config", WriteConfig(),
            "--template", "{{ .Receiver }}|{{ .Status }}|{{ len .Alerts }}|{{ .CommonLabels.SortedPairs.Values }}|{{ .GroupLabels.Names }}|{{ .ExternalURL }}");

        Assert.Equal(("receiver|alertstatus|2|[commonlabelvalue1 commonlabelvalue2]|[grouplabelkey1 grouplabelkey2]|https://example.com", "", 0),
            (stdout, stderr, code));
    }

    [Fact]
    public async Task TemplateRender_ConfigTemplatesFile_CallsItsDefineRelativeToTheConfig()
    {
        var config = WriteConfig("templates: ['tmpl/*.tmpl']\n", ("tmpl/team.tmpl", "{{ define \"team.title\" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}"));

        var (stdout, stderr, code) = await RunAsync("template", "render", "--config", config, "--data", WriteData(Data),
            "--template", "{{ template \"team.title\" . }} {{ (index .Alerts 0).StartsAt }}");

        Assert.Equal(("[FIRING] DiskFull 2026-12-07 09:00:00.123456789 +0000 UTC", "", 0), (stdout, stderr, code));
    }

    [Fact]
    public async Task TemplateRender_DataFile_IsUsedAsGivenNotRecomputed()
    {
        // Alertmanager would compute the common labels from the one alert; a data file's are kept as written.
        var (stdout, _, code) = await RunAsync("template", "render", "--config", WriteConfig(), "--template.data", WriteData(Data),
            "--template.text", "{{ .CommonLabels.severity }} {{ .Receiver }} {{ .Alerts.Firing | len }}");

        Assert.Equal(("page team-x 1", 0), (stdout, code));
    }

    [Fact]
    public async Task TemplateRender_Html_EscapesLabelValues()
    {
        var (stdout, _, code) = await RunAsync("template", "render", "--config", WriteConfig(), "--data", WriteData(Data), "--type", "html",
            "--template", "<b>{{ (index .Alerts 0).Labels.instance }}</b><a href=\"{{ .ExternalURL }}\">am</a>");
        var text = await RunAsync("template", "render", "--config", WriteConfig(), "--data", WriteData(Data),
            "--template", "<b>{{ (index .Alerts 0).Labels.instance }}</b>");

        Assert.Equal(("<b>&lt;script&gt;x&lt;/script&gt;</b><a href=\"http://am:9093\">am</a>", 0), (stdout, code));
        Assert.Equal("<b><script>x</script></b>", text.Stdout);
    }

    [Theory]
    [InlineData("{{ nope }}", "template: :1: function \"nope\" not defined")]
    [InlineData("{{ .Nope }}", "template: :1:3: executing \"\" at <.Nope>: can't evaluate field Nope in type template.Data")]
    public async Task TemplateRender_BadTemplate_FailsWithGosMessage(string template, string message)
    {
        var (stdout, stderr, code) = await RunAsync("template", "render", "--config", WriteConfig(), "--template", template);

        Assert.Equal(("", $"AlertRouter: error: {message}\n\n", 1), (stdout, stderr, code));
    }

    [Theory]
    [InlineData("{\"alerts\": [{\"startsAt\": \"yesterday\"}]}", "alerts[0].startsAt: want an RFC 3339 time")]
    [InlineData("{\"groupLabels\": {\"a\": 1}}", "groupLabels.a: want a string")]
    [InlineData("[1]", "template.Data: want a JSON object")]
    public async Task TemplateRender_BadData_NamesTheField(string json, string message)
    {
        var (_, stderr, code) = await RunAsync("template", "render", "--config", WriteConfig(), "--data", WriteData(json), "--template", "x");

        Assert.Equal((1, $"AlertRouter: error: {message}\n\n"), (code, stderr));
    }

    [Fact]
    public async Task TemplateRender_NoTemplate_FailsLikeAmtool()
    {
        var (_, stderr, code) = await RunAsync("template", "render", "--config", WriteConfig());

        Assert.Equal((1, "AlertRouter: error: required flag --template not provided\n\n"), (code, stderr));
    }

    private static string WriteConfig(string extra = "", params (string Path, string Text)[] files)
    {
        var dir = Tools.TempDir("template-render");
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), text);
        }

        var config = Path.Combine(dir, "am.yml");
        File.WriteAllText(config, "route:\n  receiver: default\nreceivers:\n  - name: default\n" + extra);
        return config;
    }

    private static string WriteData(string json)
    {
        var path = Path.Combine(Tools.TempDir("template-data"), "data.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<(string Stdout, string Stderr, int Code)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunToolAsync(args, stdout, stderr);
        return (stdout.ToString(), stderr.ToString(), code);
    }
}
