using AlertRouter.Notifiers;
using AlertRouter.Notifiers.VictorOps;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.VictorOps;

/// <summary>
/// VictorOps' answers as Alertmanager's plain retrier classifies them (5xx retried, other statuses permanent), plus
/// 429 retried with its <c>Retry-After</c>, which Alertmanager does not do.
/// </summary>
public sealed class VictorOpsStatusTableTests : NotifierTest
{
    private const string Key = "vo-key-0123456789";

    private VictorOpsConfig Config() => new() { ApiKey = new Secret(Key), ApiUrl = Server.Url.TrimEnd('/') + "/alert/", RoutingKey = "team-{{ .CommonLabels.team }}" };

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
        var response = ScriptedResponse.Json(status, """{"result":"failure","message":"VictorOps says no"}""");
        if (retryAfter is not null)
        {
            response = response with { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } };
        }

        Server.Enqueue(response);

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result is not Delivered)
        {
            Assert.Equal($"unexpected status code {status}: {{\"result\":\"failure\",\"message\":\"VictorOps says no\"}}", result.Error);
        }

        if (retryAfter is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfter.Value), Assert.IsType<Retryable>(result).RetryAfter);
        }
    }

    [Theory]
    [InlineData(false, "CRITICAL")]
    [InlineData(true, "RECOVERY")]
    public async Task NotifyAsync_FiringOrResolved_PostsToKeyAndRenderedRoutingKeyWithItsMessageType(bool resolved, string messageType)
    {
        var result = await Harness.NotifyAsync(Config() with { MessageType = "{{ .CommonLabels.severity | toUpper }}-ish" }, Samples.DiskFull(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal($"/alert/{Key}/team-infra", request.Path);
        Assert.Contains($"\"message_type\":\"{messageType}\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(Config() with { ApiUrl = Outcome.ClosedPortUrl() }, Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
    }
}
