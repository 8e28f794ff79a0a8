using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Slack;

public sealed class SlackStatusTableTests : NotifierTest
{
    private static SlackConfig Config(string url) => new() { ApiUrl = new Secret(url), Channel = "#ops" };

    [Theory]
    [InlineData(200, "ok", "Delivered")]
    [InlineData(202, "ok", "Delivered")]
    [InlineData(400, "invalid_payload", "Permanent/clientError")]
    [InlineData(401, "Unauthorized", "Permanent/authError")]
    [InlineData(403, "action_prohibited", "Permanent/authError")]
    [InlineData(404, "Not Found", "Permanent/clientError")]
    [InlineData(429, "rate_limited", "Retryable/rateLimited")]
    [InlineData(500, "internal_error", "Retryable/serverError")]
    [InlineData(503, "Service Unavailable", "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected)
    {
        Server.Enqueue(new ScriptedResponse(status, body) { Headers = new Dictionary<string, string> { ["Retry-After"] = "3" } });

        var result = await Harness.NotifyAsync(Config(Server.Url + "/hook"), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result.Error is { } error)
        {
            Assert.Equal($"channel \"#ops\": unexpected status code {status}: {body}", error);
        }
    }

    [Fact]
    public async Task NotifyAsync_Timeout_RetryableTimeout()
    {
        Server.Enqueue(new ScriptedResponse(200, "ok", TimeSpan.FromSeconds(10)));

        var result = await Impatient.NotifyAsync(Config(Server.Url + "/hook"), Samples.DiskFull());

        Assert.Equal("Retryable/timeout", Outcome.Of(result));
        Assert.StartsWith("channel \"#ops\": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(Config(Outcome.ClosedPortUrl("/hook")), Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
    }
}
