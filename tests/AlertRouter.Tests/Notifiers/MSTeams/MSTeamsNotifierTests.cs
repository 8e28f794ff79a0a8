using AlertRouter.Notifiers;
using AlertRouter.Notifiers.MSTeams;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.MSTeams;

/// <summary>
/// The request against the built example testdata/receivers/msteams (Alertmanager v0.34.0 notify/msteams with its
/// default.tmpl) and Microsoft's documented MessageCard for connectors
/// (https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using,
/// https://learn.microsoft.com/en-us/outlook/actionable-messages/message-card-reference), including a connector's
/// throttling answer: HTTP 200 whose body reports the 429.
/// </summary>
public sealed class MSTeamsNotifierTests : NotifierTest
{
    private MSTeamsConfig Config(string target) => new() { WebhookUrl = new Secret(Server.Url + target) };

    [Theory]
    [InlineData("default-firing", false)]
    [InlineData("default-resolved", true)]
    public async Task NotifyAsync_RecordedExample_SameRequest(string name, bool resolved)
    {
        var recorded = ReceiverRecordings.Request("msteams", name);

        var result = await Harness.NotifyAsync(Config(recorded.Target), ReceiverRecordings.Group(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal((recorded.Method, recorded.Path), (request.Method, request.Path));
        Assert.Equal(recorded.Headers["Content-Type"], request.Headers["Content-Type"]);
        Assert.Equal(recorded.Body, request.Body);
    }

    [Theory]
    [InlineData(200, "1", "Delivered")]
    [InlineData(200, "Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-production-eus-azsc2-4-170,cv=deLVK4L6vUuvPrrGy7Rl8w.0..", "Retryable/rateLimited")]
    [InlineData(400, "Bad payload received by generic incoming webhook.", "Permanent/clientError")]
    [InlineData(403, "Forbidden", "Permanent/authError")]
    [InlineData(404, "Webhook not found", "Permanent/clientError")]
    [InlineData(410, "Connector has been retired", "Permanent/clientError")]
    [InlineData(429, "Too Many Requests", "Retryable/rateLimited")]
    [InlineData(500, "Internal Server Error", "Retryable/serverError")]
    [InlineData(503, "Service Unavailable", "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected)
    {
        Server.Enqueue(new ScriptedResponse(status, body) { Headers = new Dictionary<string, string> { ["Retry-After"] = "5" } });

        var result = await Harness.NotifyAsync(Config("/webhookb2/x"), ReceiverRecordings.Group(resolved: false));

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result is Retryable retryable)
        {
            Assert.Equal(TimeSpan.FromSeconds(5), retryable.RetryAfter);
        }

        if (result is Permanent)
        {
            Assert.Equal($"unexpected status code {status}: {body}", result.Error);
        }
    }
}
