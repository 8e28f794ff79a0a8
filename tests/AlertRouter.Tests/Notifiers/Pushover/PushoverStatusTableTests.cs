using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Pushover;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Notifiers.Pushover;

/// <summary>
/// Pushover's answers as Alertmanager's plain retrier classifies them (5xx retried, other statuses permanent), plus
/// 429 (Pushover's "over the monthly limit") retried with its <c>Retry-After</c>, which Alertmanager does not do.
/// </summary>
public sealed class PushoverStatusTableTests : NotifierTest, IDisposable
{
    private readonly NotifierHarness _pointed;

    // The endpoint is read when the notifier is first built, after the capture server started.
    public PushoverStatusTableTests() =>
        _pointed = new NotifierHarness(configure: s => s.Configure<PushoverEndpoint>(e => e.Url = Server.Url.TrimEnd('/') + "/1/messages.json"));

    private NotifierHarness Pointed => _pointed;

    private static PushoverConfig Config() => new() { Token = new Secret("po-token-0123456789"), UserKey = new Secret("po-user-0123456789") };

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
        var response = ScriptedResponse.Json(status, """{"user":"invalid","errors":["user identifier is invalid"],"status":0}""");
        if (retryAfter is not null)
        {
            response = response with { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } };
        }

        Server.Enqueue(response);

        var result = await Pointed.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result is not Delivered)
        {
            Assert.Equal($"unexpected status code {status}: {{\"user\":\"invalid\",\"errors\":[\"user identifier is invalid\"],\"status\":0}}", result.Error);
        }

        if (retryAfter is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfter.Value), Assert.IsType<Retryable>(result).RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_EmptyMessage_SendsNoDetailsAndTtlDeviceWhenSet()
    {
        var result = await Pointed.NotifyAsync(Config() with { Message = "  ", Device = "phone", Ttl = TimeSpan.FromSeconds(90.5) }, Samples.DiskFull());

        Assert.IsType<Delivered>(result);
        var query = Assert.Single(Server.Requests).Query;
        Assert.Contains("&message=%28no+details%29&", query, StringComparison.Ordinal);
        Assert.Contains("device=phone&", query, StringComparison.Ordinal);
        Assert.EndsWith("&ttl=90&url=http%3A%2F%2Fvm%3A9093%2F%23%2Falerts%3Freceiver%3Dall-real&url_title=&user=po-user-0123456789", query, StringComparison.Ordinal);
    }

    public void Dispose() => _pointed.Dispose();
}
