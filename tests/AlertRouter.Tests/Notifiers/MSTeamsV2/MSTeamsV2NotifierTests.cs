using AlertRouter.Notifiers;
using AlertRouter.Notifiers.MSTeamsV2;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.MSTeamsV2;

/// <summary>
/// The request against the built example testdata/receivers/msteamsv2 (Alertmanager v0.34.0 notify/msteamsv2 with its
/// default.tmpl) and Microsoft's documented shape: the Workflows "request body schema" of the Teams connector
/// (https://learn.microsoft.com/en-us/connectors/teams/#microsoft-teams-webhook) carrying an Adaptive Card 1.2
/// (https://adaptivecards.io/explorer/).
/// </summary>
public sealed class MSTeamsV2NotifierTests : NotifierTest
{
    private MSTeamsV2Config Config(string target) => new() { WebhookUrl = new Secret(Server.Url + target) };

    [Theory]
    [InlineData("default-firing", false)]
    [InlineData("default-resolved", true)]
    public async Task NotifyAsync_RecordedExample_SameRequest(string name, bool resolved)
    {
        var recorded = ReceiverRecordings.Request("msteamsv2", name);

        var result = await Harness.NotifyAsync(Config(recorded.Target), ReceiverRecordings.Group(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal((recorded.Method, recorded.Path, recorded.Query), (request.Method, request.Path, request.Query));
        Assert.Equal(recorded.Headers["Content-Type"], request.Headers["Content-Type"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal(recorded.Body, request.Body);
    }

    [Fact]
    public async Task NotifyAsync_OwnTitleAndEmptyText_GoEscapedInTheTwoBlocks()
    {
        var config = Config("/flow") with { Title = "Disk <full> & more", Text = "" };

        await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        var body = Assert.Single(Server.Requests).Body;
        Assert.Contains("\"body\":[{\"type\":\"TextBlock\",\"text\":\"Disk \\u003cfull\\u003e \\u0026 more\",\"weight\":\"Bolder\"", body, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"TextBlock\",\"text\":\"\",\"wrap\":true}", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "Delivered")]
    [InlineData(202, "Delivered")]
    [InlineData(400, "Permanent/clientError")]
    [InlineData(401, "Permanent/authError")]
    [InlineData(404, "Permanent/clientError")]
    [InlineData(429, "Retryable/rateLimited")]
    [InlineData(500, "Retryable/serverError")]
    [InlineData(502, "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string expected)
    {
        Server.Enqueue(new ScriptedResponse(status, "flow says no") { Headers = new Dictionary<string, string> { ["Retry-After"] = "7" } });

        var result = await Harness.NotifyAsync(Config("/flow"), ReceiverRecordings.Group(resolved: false));

        Assert.Equal(expected, Outcome.Of(result));
        if (result is Retryable retryable)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), retryable.RetryAfter);
        }

        if (result.Error is { } error)
        {
            Assert.Equal($"unexpected status code {status}: flow says no", error);
        }
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(new MSTeamsV2Config { WebhookUrl = new Secret(Outcome.ClosedPortUrl("/flow?sig=secret-sig")) },
            ReceiverRecordings.Group(resolved: false));

        Assert.Equal("Retryable/network", Outcome.Of(result));
        Assert.DoesNotContain("secret-sig", result.Error, StringComparison.Ordinal);
    }
}
