using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Templates;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Templates;

public sealed class TemplateEngineTests : IDisposable
{
    private readonly NotifierHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private string Render(string source, TemplateFlavor flavor = TemplateFlavor.Text, NotificationContext? context = null) =>
        _harness.Engine.Render("webhook", "test", source, TemplateDataBuilder.Build(context ?? Samples.FromWebhook(Samples.Read("am-webhook-mixed.json"))), () => "FALLBACK", flavor);

    [Theory]
    [InlineData("{{Receiver}} {{Status}} {{ExternalURL}}", "pager-hook firing http://vm:9093")]
    [InlineData("{{GroupKey}}", "{}/{severity=\"critical\"}:{alertname=\"HighLatency\", service=\"checkout\"}")]
    [InlineData("{{len Alerts}} {{len Alerts.Firing}} {{len Alerts.Resolved}}", "2 1 1")]
    [InlineData("{{#each Alerts}}{{Status}}:{{Labels.instance}}:{{Fingerprint}} {{/each}}", "firing:web-1:8080:fbac104c4e528143 resolved:web-2:8080:22759fe435abf304 ")]
    [InlineData("{{#each Alerts.Resolved}}{{EndsAt}} {{StartsAt}} {{GeneratorURL}}{{/each}}", "2026-11-21T10:55:00Z 2026-11-21T10:55:00Z http://prometheus.example:9090/graph")]
    [InlineData("{{CommonLabels.team}} {{CommonAnnotations.summary}} {{GroupLabels.service}}", "db p99 latency above 2s checkout")]
    [InlineData("{{join (values GroupLabels) \", \"}}", "HighLatency, checkout")]
    [InlineData("{{join (names CommonLabels)}}", "alertname service severity team")]
    [InlineData("{{#each (sortedPairs (remove CommonLabels \"service\"))}}{{Name}}={{Value}};{{/each}}", "alertname=HighLatency;severity=critical;team=db;")]
    [InlineData("{{toUpper Status}} {{toLower \"ABC\"}} {{title \"high latency\"}} [{{trimSpace \"  x  \"}}]", "FIRING abc High Latency [x]")]
    [InlineData("{{urlquery Receiver}} {{urlQuery \"a b&c\"}}", "pager-hook a+b%26c")]
    [InlineData("{{#if (eq Status \"firing\")}}yes{{else}}no{{/if}} {{#if (gt (len Alerts) 1)}}many{{/if}} {{#if (ne 2 10)}}ne{{/if}}", "yes many ne")]
    [InlineData("{{#if (match \"^web-\\d\" CommonLabels.alertname)}}m{{else}}nm{{/if}} {{reReplaceAll \"(\\w+)-(\\d)\" \"$2-$1\" \"web-1\"}}", "nm 1-web")]
    [InlineData("{{#each Alerts.Firing}}{{date \"yyyy-MM-dd HH:mm\" StartsAt}}{{/each}}", "2026-11-21 10:54")]
    [InlineData("{{default CommonAnnotations.missing \"n/a\"}} {{default CommonLabels.team \"n/a\"}}", "n/a db")]
    [InlineData("{{toJson GroupLabels}}", "{\"alertname\":\"HighLatency\",\"service\":\"checkout\"}")]
    [InlineData("{{toJson (lookup Alerts 1)}}", "{\"status\":\"resolved\",\"labels\":{\"alertname\":\"HighLatency\",\"instance\":\"web-2:8080\",\"service\":\"checkout\",\"severity\":\"critical\",\"team\":\"db\"},\"annotations\":{\"runbook_url\":\"https://runbooks.example/latency\",\"summary\":\"p99 latency above 2s\"},\"startsAt\":\"2026-11-21T10:55:00Z\",\"endsAt\":\"2026-11-21T10:55:00Z\",\"generatorURL\":\"http://prometheus.example:9090/graph\",\"fingerprint\":\"22759fe435abf304\"}")]
    [InlineData("{{subject}} | {{#each Alerts}}{{subject @root}}{{/each}}", "[FIRING:1] HighLatency checkout (critical db) | [FIRING:1] HighLatency checkout (critical db)[FIRING:1] HighLatency checkout (critical db)")]
    [InlineData("{{template \"slack.default.title\" .}} {{template \"__alertmanagerURL\" .}}", "[FIRING:1] HighLatency checkout (critical db) http://vm:9093/#/alerts?receiver=pager-hook")]
    [InlineData("a <b> & c {{CommonLabels.team}}", "a <b> & c db")]
    public void Render_CustomTemplate_OverAlertmanagerNamesAndHelpers(string source, string expected)
    {
        Assert.Equal(expected, Render(source));
    }

    [Fact]
    public void Render_HtmlFlavor_EscapesValuesUnlessSafeHtml()
    {
        var context = Samples.Context(Samples.Alert("A<b>", "i", annotations: ("html", "<i>x</i>")));

        Assert.Equal("<p>A&lt;b&gt; <i>x</i></p>", Render("<p>{{CommonLabels.alertname}} {{safeHtml CommonAnnotations.html}}</p>", TemplateFlavor.Html, context));
        Assert.Equal("<p>A<b> <i>x</i></p>", Render("<p>{{CommonLabels.alertname}} {{safeHtml CommonAnnotations.html}}</p>", TemplateFlavor.Text, context));
    }

    [Theory]
    [InlineData("{{nohelper Status}}")]
    [InlineData("{{#if Status}}unclosed")]
    [InlineData("{{template \"nope\" .}}")]
    [InlineData("{{match \"(\" Status}}")]
    public void Render_Failure_FallsBackToDefaultAndCountsPerIntegration(string source)
    {
        Assert.Equal("FALLBACK", Render(source));

        Assert.Equal(1, _harness.RenderFailures.Value("integration=webhook"));
        Assert.Equal(0, _harness.RenderFailures.Value("integration=slack"));
        Assert.Contains(_harness.Logs.Entries, e => e.Contains("[7001]", StringComparison.Ordinal) && e.Contains("field test failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotifyAsync_BrokenSlackTitle_SendsTheDefaultTitleAndCountsTheFailure()
    {
        await using var server = await CaptureServer.StartAsync();
        var config = new SlackConfig { ApiUrl = new Secret(server.Url + "/hook"), Channel = "#alerts", Title = "{{oops Status}}" };

        var result = await _harness.NotifyAsync(config, Samples.DiskFull());

        Assert.IsType<Delivered>(result);
        Assert.Equal(Samples.Read("am-slack-firing.json"), Assert.Single(server.Requests).Body);
        Assert.Equal(1, _harness.RenderFailures.Value("integration=slack"));
        Assert.Equal(0, _harness.RenderFailures.Value("integration=pagerduty"));
    }

    [Fact]
    public void Metric_PreInitialisedForEveryIntegration()
    {
        using var harness = new NotifierHarness();

        _ = harness.Engine;

        foreach (var integration in Integrations.All)
        {
            Assert.Equal(0, harness.RenderFailures.Value($"integration={integration.Type}"));
        }
    }
}
