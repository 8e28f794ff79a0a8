using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webhook;

public sealed class WebhookStatusTableTests : NotifierTest
{
    [Theory]
    [InlineData(200, "Delivered", "")]
    [InlineData(202, "Delivered", "")]
    [InlineData(400, "Permanent/clientError", "unexpected status code 400: bad payload")]
    [InlineData(401, "Permanent/authError", "unexpected status code 401: bad payload")]
    [InlineData(403, "Permanent/authError", "unexpected status code 403: bad payload")]
    [InlineData(404, "Permanent/clientError", "unexpected status code 404: bad payload")]
    [InlineData(429, "Retryable/rateLimited", "unexpected status code 429: bad payload")]
    [InlineData(500, "Retryable/serverError", "unexpected status code 500: bad payload")]
    [InlineData(503, "Retryable/serverError", "unexpected status code 503: bad payload")]
    public async Task NotifyAsync_Status_ClassifiedAsAlertmanagerPlus429(int status, string expected, string error)
    {
        Server.Enqueue(new ScriptedResponse(status, "  bad payload \n") { Headers = new Dictionary<string, string> { ["Retry-After"] = "7" } });

        var result = await Harness.NotifyAsync(new WebhookConfig { Url = new Secret(Server.Url + "/hook") }, Samples.Context(Samples.Alert("A", "i")));

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(error, result.Error ?? "");
        if (result is Retryable retryable)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), retryable.RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_Timeout_RetryableTimeout()
    {
        Server.Enqueue(new ScriptedResponse(200, "late", TimeSpan.FromSeconds(10)));

        var result = await Impatient.NotifyAsync(new WebhookConfig { Url = new Secret(Server.Url + "/hook") }, Samples.Context(Samples.Alert("A", "i")));

        Assert.Equal("Retryable/timeout", Outcome.Of(result));
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(new WebhookConfig { Url = new Secret(Outcome.ClosedPortUrl("/hook")) }, Samples.Context(Samples.Alert("A", "i")));

        Assert.Equal("Retryable/network", Outcome.Of(result));
        Assert.Contains("connection failed", result.Error, StringComparison.Ordinal);
    }
}
