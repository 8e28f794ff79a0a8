using AlertRouter.Notifiers;
using AlertRouter.Notifiers.GoogleChat;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.GoogleChat;

/// <summary>
/// Google Chat's answers (https://developers.google.com/workspace/chat/limits and the Chat API errors): 5xx and 429
/// retried, a malformed card (400) and a revoked webhook (401/403/404) permanent.
/// </summary>
public sealed class GoogleChatStatusTableTests : NotifierTest
{
    private GoogleChatConfig Config() => new() { WebhookUrl = new Secret(Server.Url.TrimEnd('/') + "/v1/spaces/S1/messages?key=k&token=t0123456789") };

    [Theory]
    [InlineData(200, "Delivered", null)]
    [InlineData(400, "Permanent/clientError", null)]
    [InlineData(401, "Permanent/authError", null)]
    [InlineData(403, "Permanent/authError", null)]
    [InlineData(404, "Permanent/clientError", null)]
    [InlineData(429, "Retryable/rateLimited", 42)]
    [InlineData(500, "Retryable/serverError", null)]
    [InlineData(503, "Retryable/serverError", 42)]
    public async Task NotifyAsync_Status_Classified(int status, string expected, int? retryAfter)
    {
        var response = ScriptedResponse.Json(status, """{"error":{"code":400,"message":"Google says no","status":"INVALID_ARGUMENT"}}""");
        if (retryAfter is not null)
        {
            response = response with { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } };
        }

        Server.Enqueue(response);

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (retryAfter is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfter.Value), Assert.IsType<Retryable>(result).RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_ThreadOff_PostsToTheWebhookAsConfigured()
    {
        var result = await Harness.NotifyAsync(Config() with { Thread = false, Text = "<i>{{ .CommonAnnotations.summary }}</i> & more" }, Samples.DiskFull());

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("?key=k&token=t0123456789", request.Query);
        Assert.Contains("\"text\":\"\\u003ci\\u003edisk 95% full\\u003c/i\\u003e \\u0026 more\"", request.Body, StringComparison.Ordinal);
    }
}
