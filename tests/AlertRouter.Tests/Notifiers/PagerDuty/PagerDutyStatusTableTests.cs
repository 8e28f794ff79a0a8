using AlertRouter.Notifiers;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.PagerDuty;

public sealed class PagerDutyStatusTableTests : NotifierTest
{
    private static PagerDutyConfig Config(string url) => new() { RoutingKey = new Secret("0123456789abcdef0123456789abcdef"), Url = url };

    [Theory]
    [InlineData(200, "Delivered", null)]
    [InlineData(202, "Delivered", null)]
    [InlineData(400, "Permanent/clientError", null)]
    [InlineData(401, "Permanent/authError", null)]
    [InlineData(403, "Permanent/authError", null)]
    [InlineData(404, "Permanent/clientError", null)]
    [InlineData(429, "Retryable/rateLimited", 42)]
    [InlineData(500, "Retryable/serverError", null)]
    [InlineData(503, "Retryable/serverError", 42)]
    public async Task NotifyAsync_Status_Classified(int status, string expected, int? retryAfter)
    {
        var response = ScriptedResponse.Json(status, """{"status":"x","message":"PagerDuty says no"}""");
        if (retryAfter is not null)
        {
            response = response with { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } };
        }

        Server.Enqueue(response);

        var result = await Harness.NotifyAsync(Config(Server.Url + "/v2/enqueue"), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result is not Delivered)
        {
            Assert.Equal($"unexpected status code {status}: PagerDuty says no", result.Error);
        }

        if (retryAfter is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfter.Value), Assert.IsType<Retryable>(result).RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_RetryAfterAsHttpDate_RelativeToTheClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
        using var harness = new NotifierHarness(time: clock);
        Server.Enqueue(new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["Retry-After"] = "Sat, 21 Nov 2026 10:01:30 GMT" } });

        var result = await harness.NotifyAsync(Config(Server.Url + "/v2/enqueue"), Samples.DiskFull());

        Assert.Equal(TimeSpan.FromSeconds(90), Assert.IsType<Retryable>(result).RetryAfter);
    }

    [Fact]
    public async Task NotifyAsync_Timeout_RetryableTimeout()
    {
        Server.Enqueue(new ScriptedResponse(202, "{}", TimeSpan.FromSeconds(10)));

        var result = await Impatient.NotifyAsync(Config(Server.Url + "/v2/enqueue"), Samples.DiskFull());

        Assert.Equal("Retryable/timeout", Outcome.Of(result));
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(Config(Outcome.ClosedPortUrl("/v2/enqueue")), Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
    }
}
