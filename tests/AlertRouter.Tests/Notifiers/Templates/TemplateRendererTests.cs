using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Tests.Config;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Templates;

public sealed class TemplateRendererTests : NotifierTest
{
    private SlackConfig Slack() => new() { ApiUrl = new Secret(Server.Url + "/hook"), Channel = "#alerts" };

    [Fact]
    public void Render_GoTemplate_OverAlertmanagerData()
    {
        var r = Harness.Engine.For("slack", Samples.FromWebhook(Samples.Read("am-webhook-mixed.json")));

        var text = r.Render("text", "{{ .Receiver }} {{ .Status }} {{ len .Alerts.Firing }}/{{ len .Alerts.Resolved }} {{ .CommonLabels.SortedPairs.Values | join \",\" }}");

        Assert.Equal("pager-hook firing 1/1 HighLatency,checkout,critical,db", text);
    }

    [Fact]
    public void Render_UnsetField_RendersTheNamedDefault()
    {
        var r = Harness.Engine.For("slack", Samples.DiskFull());

        Assert.Equal("[FIRING:1] DiskFull (db-1:9100 critical infra)", r.Render("title", null, "{{ template \"slack.default.title\" . }}"));
    }

    [Fact]
    public void Render_HtmlFlavor_EscapesAsHtmlTemplate()
    {
        var context = Samples.Context(Samples.Alert("A<b>", "i", annotations: ("u", "javascript:alert(1)")));
        var r = Harness.Engine.For("email", context);

        Assert.Equal("<a href=\"#ZgotmplZ\">A&lt;b&gt;</a>",
            r.Render("html", "<a href=\"{{ .CommonAnnotations.u }}\">{{ .CommonLabels.alertname }}</a>", "", TemplateFlavor.Html));
        Assert.Equal("A<b>", r.Render("text", "{{ .CommonLabels.alertname }}"));
    }

    [Fact]
    public void Compile_SameSourceTwice_CompilesOncePerConfigLoad()
    {
        var templates = Harness.Engine.Defaults;

        Assert.Same(templates.Compile("{{ .Status }}", TemplateFlavor.Text), templates.Compile("{{ .Status }}", TemplateFlavor.Text));
        Assert.NotSame(templates.Compile("{{ .Status }}", TemplateFlavor.Text), templates.Compile("{{ .Status }}", TemplateFlavor.Html));
    }

    [Fact]
    public void Render_ExecutionFailure_ThrowsWithGoMessageAndCountsPerIntegration()
    {
        var r = Harness.Engine.For("pagerduty", Samples.DiskFull());

        var e = Assert.Throws<TemplateRenderException>(() => r.Render("description", "{{ template \"nope\" . }}"));

        Assert.StartsWith("template description: template: :1:", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("template \"nope\" not defined", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Harness.RenderFailures.Value("integration=pagerduty"));
        Assert.Equal(0, Harness.RenderFailures.Value("integration=slack"));
    }

    [Fact]
    public async Task NotifyAsync_FieldFailsAtRunTime_NothingSentNotRetriedCountedAndLogged()
    {
        var config = Slack() with { Title = "{{ index .CommonLabels.alertname 99 }}" };

        var result = await Harness.NotifyAsync(config, Samples.DiskFull());

        var failed = Assert.IsType<Permanent>(result);
        Assert.StartsWith("template title: template: :1:", failed.Error, StringComparison.Ordinal);
        Assert.Contains("index out of range: 99", failed.Error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
        Assert.Equal(1, Harness.RenderFailures.Value("integration=slack"));
        Assert.Contains(Harness.Logs.Entries, e => e.Contains("[7001]", StringComparison.Ordinal) && e.Contains("field title failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FieldsThatDoNotParse_NamedWithGoMessages()
    {
        var pagerDuty = new PagerDutyConfig
        {
            RoutingKey = new Secret("k"),
            Url = "http://pd",
            Description = "{{ if .Status }}never closed",
            Details = new Dictionary<string, string> { ["ok"] = "{{ .Status }}", ["bad"] = "{{ nosuchfunc .Status }}" },
            Links = [new PagerDutyLink("{{ template \"defined.at.run.time\" . }}", "x")],
        };
        var email = new EmailConfig { To = "a@b.c", From = "x@y.z", Smarthost = "h:25", Html = "{{ range .Alerts }}<p>{{ end" };

        var pagerDutyErrors = TemplateValidator.Validate(pagerDuty, Harness.Engine.Defaults).ToList();

        Assert.Equal(
            [("description", "template: :1: unexpected EOF"), ("details.bad", "template: :1: function \"nosuchfunc\" not defined")],
            pagerDutyErrors);
        Assert.Equal(["html"], TemplateValidator.Validate(email, Harness.Engine.Defaults).Select(e => e.Field));
    }

    [Fact]
    public async Task NotifyAsync_TemplatesFilesOfTheConfig_OverrideDefaultsAndServeFields()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["am/alertmanager.yml"] = """
                route: {receiver: s}
                templates: ['../shared/*.tmpl', 'local.tmpl']
                receivers:
                  - name: s
                    slack_configs: [{api_url: 'http://127.0.0.1:9/x', text: '{{ template "team.text" . }}'}]
                """,
            ["shared/a.tmpl"] = """{{ define "slack.default.title" }}first {{ .Status }}{{ end }}{{ define "team.text" }}{{ len .Alerts }} alert(s){{ end }}""",
            ["am/local.tmpl"] = """{{ define "slack.default.title" }}[{{ .CommonLabels.alertname }}] overridden{{ end }}""",
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var context = Samples.DiskFull() with { Templates = result.Config!.MessageTemplates };

        await Harness.NotifyAsync(Slack(), context);

        var attachment = JsonDocument.Parse(Assert.Single(Server.Requests).Body).RootElement.GetProperty("attachments")[0];
        Assert.Equal("[DiskFull] overridden", attachment.GetProperty("title").GetString());
        Assert.Equal("1 alert(s)", Harness.Engine.For("slack", context).Render("text", "{{ template \"team.text\" . }}"));
    }
}
