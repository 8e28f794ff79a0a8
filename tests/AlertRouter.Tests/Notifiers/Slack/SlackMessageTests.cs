using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Slack;

public sealed class SlackMessageTests : NotifierTest
{
    private SlackConfig Config() => new() { ApiUrl = new Secret(Server.Url + "/hook"), Channel = "#alerts" };

    private async Task<JsonElement> SendAsync(SlackConfig config, NotificationContext context)
    {
        Assert.IsType<Delivered>(await Harness.NotifyAsync(config, context));
        return JsonDocument.Parse(Assert.Single(Server.Requests).Body).RootElement.GetProperty("attachments")[0];
    }

    [Fact]
    public async Task NotifyAsync_FieldsAndActions_AsAlertmanagerWithNoRunbookButtonOfItsOwn()
    {
        var config = Config() with
        {
            Fields = [new SlackField("f1", "{{ .CommonLabels.severity }}", null), new SlackField("f2", "x", true)],
            Actions = [new SlackAction("button", "Silence", "http://silence/{{ .GroupLabels.alertname }}", null, null, null)],
        };
        var context = Samples.Context(Samples.Alert("HighLatency", "web-1", annotations: ("runbook_url", "http://rb")));

        await SendAsync(config, context);

        var body = Assert.Single(Server.Requests).Body;
        Assert.Contains("\"callback_id\":\"\",\"fields\":[{\"title\":\"f1\",\"value\":\"critical\",\"short\":false},{\"title\":\"f2\",\"value\":\"x\",\"short\":true}],"
            + "\"actions\":[{\"type\":\"button\",\"text\":\"Silence\",\"url\":\"http://silence/HighLatency\"}],\"footer\":\"\",\"color\":\"danger\"",
            body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_LongTitle_CutTo1024RunesEndingInEllipsis()
    {
        var attachment = await SendAsync(Config() with { Title = new string('t', 2000) }, Samples.DiskFull());

        var title = attachment.GetProperty("title").GetString()!;
        Assert.Equal(1024, title.Length);
        Assert.EndsWith("t…", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_LongText_CutTo4000RunesWithVisibleMarker()
    {
        var attachment = await SendAsync(Config() with { Text = new string('x', 50_000), Pretext = "short" }, Samples.DiskFull());

        var text = attachment.GetProperty("text").GetString()!;
        Assert.Equal(4000, text.Length);
        Assert.EndsWith("x… (truncated)", text, StringComparison.Ordinal);
        Assert.Equal("short", attachment.GetProperty("pretext").GetString());
    }

    [Fact]
    public async Task NotifyAsync_TooManyFieldsAndActions_CutToSlackLimitsWithMarker()
    {
        var config = Config() with
        {
            Fields = [.. Enumerable.Range(1, 12).Select(i => new SlackField($"f{i}", new string('v', 3000), false))],
            Actions = [.. Enumerable.Range(1, 7).Select(i => new SlackAction("button", $"a{i}", $"http://a/{i}", null, null, null))],
        };
        var context = Samples.Context(Samples.Alert("A", "i", annotations: ("runbook_url", "http://rb")));

        var attachment = await SendAsync(config, context);

        var fields = attachment.GetProperty("fields");
        Assert.Equal(10, fields.GetArrayLength());
        Assert.Equal(2000, fields[0].GetProperty("value").GetString()!.Length);
        Assert.Equal("…", fields[9].GetProperty("title").GetString());
        Assert.Equal("3 more fields not shown", fields[9].GetProperty("value").GetString());
        var actions = attachment.GetProperty("actions");
        Assert.Equal(5, actions.GetArrayLength());
        Assert.DoesNotContain(actions.EnumerateArray(), a => a.GetProperty("url").GetString() == "http://rb");
    }

    [Fact]
    public async Task NotifyAsync_CustomTemplates_RenderedOverTheModel()
    {
        var config = Config() with
        {
            Title = "{{ .Status | toUpper }}: {{ .GroupLabels.Values | join \",\" }}",
            Text = "{{ range .Alerts.Firing }}{{ .Labels.instance }} {{ .Annotations.summary }}\n{{ end }}",
            Color = "{{ if eq .Status \"firing\" }}#ff0000{{ else }}#00ff00{{ end }}",
            Username = "bot <{{ .Receiver }}>",
        };

        var attachment = await SendAsync(config, Samples.DiskFull());

        Assert.Equal("FIRING: DiskFull", attachment.GetProperty("title").GetString());
        Assert.Equal("db-1:9100 disk 95% full\n", attachment.GetProperty("text").GetString());
        Assert.Equal("#ff0000", attachment.GetProperty("color").GetString());
        Assert.Contains("\"username\":\"bot \\u003call-real\\u003e\"", Server.Requests[0].Body, StringComparison.Ordinal);
    }
}
