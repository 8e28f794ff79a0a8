using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Mattermost;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Mattermost;

/// <summary>
/// The request against the built example testdata/receivers/mattermost (Alertmanager v0.34.0 notify/mattermost with its
/// default.tmpl) and Mattermost's documented incoming webhook parameters and message attachments
/// (https://developers.mattermost.com/integrate/webhooks/incoming/,
/// https://developers.mattermost.com/integrate/reference/message-attachments/).
/// </summary>
public sealed class MattermostNotifierTests : NotifierTest
{
    private MattermostConfig Config(string target) => new() { WebhookUrl = new Secret(Server.Url + target) };

    [Theory]
    [InlineData("default-firing", false)]
    [InlineData("default-resolved", true)]
    public async Task NotifyAsync_RecordedExample_SameRequest(string name, bool resolved)
    {
        var recorded = ReceiverRecordings.Request("mattermost", name);

        var result = await Harness.NotifyAsync(Config(recorded.Target), ReceiverRecordings.Group(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal((recorded.Method, recorded.Path), (request.Method, request.Path));
        Assert.Equal(recorded.Headers["Content-Type"], request.Headers["Content-Type"]);
        Assert.Equal(recorded.Body, request.Body);
    }

    [Fact]
    public async Task NotifyAsync_AttachmentsPriorityAndProps_AsAlertmanagerSanitizes()
    {
        var config = Config("/hooks/x") with
        {
            Channel = "town-square",
            Attachments = [new MattermostAttachmentConfig { Title = "first", Fields = [new MattermostField("t", "v", false)] }],
            PropsCard = "card text",
            Priority = new MattermostPriority("IMPORTANT", true, true),
        };

        await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        var root = body.RootElement;
        Assert.Equal(["text", "channel", "username", "attachments", "props", "priority"], root.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("\n\n# Alerts Firing:", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("""[{"title":"first","fields":[{"title":"t","value":"v","short":false}]}]""", root.GetProperty("attachments").GetRawText());
        Assert.Equal("""{"card":"card text"}""", root.GetProperty("props").GetRawText());
        Assert.Equal("""{"priority":"important","requested_ack":true}""", root.GetProperty("priority").GetRawText());
    }

    [Fact]
    public async Task NotifyAsync_LongTextBesideAttachments_CutTo16383Runes()
    {
        var config = Config("/hooks/x") with { Text = new string('é', 20000), Attachments = [new MattermostAttachmentConfig { Title = "t" }] };

        await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        Assert.Equal(new string('é', 16382) + "…", body.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(200, "Delivered")]
    [InlineData(400, "Permanent/clientError")]
    [InlineData(401, "Permanent/authError")]
    [InlineData(403, "Permanent/authError")]
    [InlineData(404, "Permanent/clientError")]
    [InlineData(429, "Retryable/rateLimited")]
    [InlineData(500, "Retryable/serverError")]
    [InlineData(503, "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string expected)
    {
        Server.Enqueue(new ScriptedResponse(status, "nope"));

        var result = await Harness.NotifyAsync(Config("/hooks/x") with { Channel = "ops" }, ReceiverRecordings.Group(resolved: false));

        Assert.Equal(expected, Outcome.Of(result));
        if (result.Error is { } error)
        {
            Assert.Equal($"channel \"ops\": unexpected status code {status}: nope", error);
        }
    }

    [Fact]
    public async Task NotifyAsync_429WithRatelimitReset_WaitsThatLong()
    {
        Server.Enqueue(new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["X-Ratelimit-Reset"] = "12" } });

        var result = await Harness.NotifyAsync(Config("/hooks/x"), ReceiverRecordings.Group(resolved: false));

        Assert.Equal(TimeSpan.FromSeconds(12), Assert.IsType<Retryable>(result).RetryAfter);
    }
}
