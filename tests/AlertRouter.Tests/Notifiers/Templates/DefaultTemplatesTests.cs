using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Templates;

public class DefaultTemplatesTests
{
    private static TemplateData Data(LabelSet group, params Alert[] alerts) =>
        TemplateDataBuilder.Build(new NotificationContext("rcv", "{}:{}", group, alerts, Samples.Now, "http://ext"));

    private static Alert Alert(LabelSet labels, bool resolved = false) =>
        new(labels, LabelSet.Empty, Samples.Now.AddMinutes(-5), resolved ? Samples.Now.AddMinutes(-1) : Samples.Now.AddMinutes(5), "");

    [Fact]
    public void Subject_SeenAlertmanagerExamples()
    {
        var disk = LabelSet.Of(("alertname", "Disk"), ("instance", "i-1"), ("severity", "critical"));

        Assert.Equal("[FIRING:1] Disk (i-1 critical)", DefaultTemplates.Subject(Data(LabelSet.Of(("alertname", "Disk")), Alert(disk))));
        Assert.Equal("[RESOLVED] Disk (i-1 critical)", DefaultTemplates.Subject(Data(LabelSet.Of(("alertname", "Disk")), Alert(disk, resolved: true))));
    }

    [Fact]
    public void Subject_WebhookSampleGroup_TwoFiringWithCommonExtras()
    {
        var context = Samples.FromWebhook(Samples.Read("am-webhook-firing.json"));

        Assert.Equal("[FIRING:2] HighLatency checkout (critical db)", DefaultTemplates.Subject(TemplateDataBuilder.Build(context)));
    }

    [Fact]
    public void Subject_NoExtraCommonLabels_KeepsAlertmanagersTrailingSpace()
    {
        var data = Data(LabelSet.Of(("alertname", "Disk")), Alert(LabelSet.Of(("alertname", "Disk"), ("i", "1"))), Alert(LabelSet.Of(("alertname", "Disk"), ("i", "2"))));

        Assert.Equal("[FIRING:2] Disk ", DefaultTemplates.Subject(data));
    }

    [Fact]
    public void Subject_FiringCountsOnlyFiringAlerts_AlertnameValueFirst()
    {
        var group = LabelSet.Of(("a", "x"), ("alertname", "Y"));
        var data = Data(group, Alert(LabelSet.Of(("a", "x"), ("alertname", "Y"), ("n", "1"))), Alert(LabelSet.Of(("a", "x"), ("alertname", "Y"), ("n", "2")), resolved: true));

        Assert.Equal("[FIRING:1] Y x ", DefaultTemplates.Subject(data));
    }

    [Fact]
    public void AlertmanagerUrl_ReceiverQuoteMetaThenQueryEscaped()
    {
        var data = TemplateDataBuilder.Build(new NotificationContext("a b/c.d", "{}:{}", LabelSet.Empty, [], Samples.Now, "http://ext:9093"));

        Assert.Equal("a b/c\\.d", data.Receiver);
        Assert.Equal("http://ext:9093/#/alerts?receiver=a+b%2Fc%5C.d", DefaultTemplates.AlertmanagerUrl(data));
    }

    [Fact]
    public void TextAlertList_IsPagerDutysInstancesText()
    {
        var data = TemplateDataBuilder.Build(Samples.DiskFull());

        Assert.Equal(
            "Labels:\n - alertname = DiskFull\n - instance = db-1:9100\n - severity = critical\n - team = infra\nAnnotations:\n - summary = disk 95% full\nSource: \n",
            DefaultTemplates.TextAlertList(data.Alerts));
    }

    [Fact]
    public void Build_FiringAlertsGetZeroEndsAtAndStatusFollowsNow()
    {
        var context = Samples.Context(Samples.Alert("A", "1", resolved: true), Samples.Alert("A", "2") with { EndsAt = Samples.Now.AddHours(1) });

        var data = TemplateDataBuilder.Build(context);

        Assert.Equal("firing", data.Status);
        Assert.Equal(["resolved", "firing"], data.Alerts.Select(a => a.Status));
        Assert.Equal("0001-01-01T00:00:00Z", data.Alerts[1].EndsAt);
        Assert.Equal(GoTime.Format(Samples.Now.AddMinutes(-1)), data.Alerts[0].EndsAt);
        Assert.Single(data.Alerts.Firing);
        Assert.Single(data.Alerts.Resolved);
        Assert.Equal(["alertname", "severity"], data.CommonLabels.Keys);
        Assert.Equal("resolved", TemplateDataBuilder.Build(context with { Now = Samples.Now.AddHours(2) }).Status);
    }

    [Fact]
    public void EmailDefaults_CarryTheSameInformationAsAlertmanagersHtml()
    {
        var context = Samples.Context(
            Samples.Alert("HighLatency", "web-<1>", annotations: ("summary", "p99 & more")),
            Samples.Alert("HighLatency", "web-2", resolved: true));
        var data = TemplateDataBuilder.Build(context);

        var html = DefaultEmail.Html(data);
        var text = DefaultEmail.Text(data);

        Assert.Contains("2 alerts for alertname=HighLatency", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://alertrouter.example/#/alerts?receiver=team-x\"", html, StringComparison.Ordinal);
        Assert.Contains("[1] Firing", html, StringComparison.Ordinal);
        Assert.Contains("[1] Resolved", html, StringComparison.Ordinal);
        Assert.Contains("instance = web-&lt;1&gt;", html, StringComparison.Ordinal);
        Assert.Contains("summary = p99 &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://prometheus.example:9090/graph\">Source</a>", html, StringComparison.Ordinal);
        Assert.Contains("2 alerts for alertname=HighLatency", text, StringComparison.Ordinal);
        Assert.Contains("[1] Firing\n\nLabels:\n - alertname = HighLatency\n - instance = web-<1>\n", text, StringComparison.Ordinal);
        Assert.Contains(" - summary = p99 & more\nSource: http://prometheus.example:9090/graph\n", text, StringComparison.Ordinal);
        Assert.Contains("[1] Resolved", text, StringComparison.Ordinal);
    }
}
