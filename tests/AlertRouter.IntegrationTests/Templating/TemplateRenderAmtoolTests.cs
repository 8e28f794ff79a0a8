using AlertRouter.IntegrationTests.Config;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// <c>AlertRouter template render</c> against Debian's <c>amtool template render</c> (0.25): the same template file,
/// text and data give the same output, the same error and the same exit code. Only functions 0.25 has are used, and
/// no default template: Debian's amtool is built without Alertmanager's embedded default.tmpl (its <c>template render</c>
/// answers <c>template "__subject" not defined</c>), so the defaults are compared by the Alertmanager oracle tests.
/// </summary>
public sealed class TemplateRenderAmtoolTests
{
    private const string TemplateFile = """
        {{ define "team.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .GroupLabels.SortedPairs.Values | join " " }}{{ end }}
        {{ define "team.list" }}{{ range .Alerts }}- {{ .Labels.instance }} {{ .Annotations.summary }}
        {{ end }}{{ end }}
        {{ define "slack.default.title" }}overridden {{ template "team.title" . }}{{ end }}
        """;

    private const string Data = """
        {"receiver": "team\\.x", "status": "firing", "externalURL": "http://am:9093",
         "groupLabels": {"alertname": "DiskFull", "team": "db"}, "commonLabels": {"alertname": "DiskFull"},
         "commonAnnotations": {}, "alerts": [
          {"status": "firing", "labels": {"alertname": "DiskFull", "instance": "<script>alert(1)</script>"},
           "annotations": {"summary": "disk \"95%\" & rising", "runbook": "javascript:alert(1)"},
           "startsAt": "2026-12-07T09:00:00.123456789Z", "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "http://prom/graph?g0.expr=a%3Cb", "fingerprint": "c0ffee"},
          {"status": "resolved", "labels": {"alertname": "DiskFull", "instance": "db-2"}, "annotations": {"summary": "ok"},
           "startsAt": "2026-12-07T08:00:00+02:00", "endsAt": "2026-12-07T09:30:00Z", "generatorURL": "", "fingerprint": "beef"}]}
        """;

    public static TheoryData<string, string, bool> Cases() => new()
    {
        { "{{ template \"team.title\" . }}", "text", true },
        { "{{ template \"team.list\" . }}", "text", true },
        { "{{ template \"slack.default.title\" . }}", "text", true },
        { "{{ template \"team.title\" . }}", "text", false },
        { "{{ range .Alerts }}{{ .StartsAt }} {{ .EndsAt }} {{ .Fingerprint }} {{ .GeneratorURL }}\n{{ end }}", "text", true },
        { "{{ .CommonLabels.Remove (stringSlice \"alertname\") }} {{ .Receiver }} {{ printf \"%q %-6s|\" .Status .ExternalURL }}", "text", true },
        { "<p>{{ template \"team.list\" . }}</p>", "html", true },
        { "<a href=\"{{ (index .Alerts 0).Annotations.runbook }}\" title={{ (index .Alerts 0).Labels.instance }}>{{ (index .Alerts 0).Annotations.summary }}</a>", "html", true },
        { "{{ nope }}", "text", true },
        { "{{ .Nope }}", "text", false },
        { "{{ if }}", "html", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TemplateRender_SameInputs_SameOutputAsAmtool(string template, string type, bool withData)
    {
        var dir = Tools.TempDir("template-render-amtool");
        File.WriteAllText(Path.Combine(dir, "team.tmpl"), TemplateFile);
        File.WriteAllText(Path.Combine(dir, "data.json"), Data);
        File.WriteAllText(Path.Combine(dir, "am.yml"), "route:\n  receiver: d\nreceivers:\n  - name: d\ntemplates: ['*.tmpl']\n");
        string[] data = withData ? ["--template.data", Path.Combine(dir, "data.json")] : [];

        var amtool = await AmtoolRunner.AmtoolAsync(["template", "render", "--template.glob", Path.Combine(dir, "*.tmpl"), "--template.text", template,
            "--template.type", type, .. data]);
        var ours = await AmtoolRunner.OursAsync(["template", "render", "--config", Path.Combine(dir, "am.yml"), "--template", template, "--type", type, .. data]);

        Assert.Equal(amtool, ours);
    }
}
