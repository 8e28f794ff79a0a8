using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Opsgenie;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Opsgenie;

/// <summary>
/// Opsgenie's answers as Alertmanager's retrier with 429 as a retry code classifies them (5xx and 429 retried, other
/// statuses permanent), with the reason and the <c>unexpected status code</c> text.
/// </summary>
public sealed class OpsgenieStatusTableTests : NotifierTest
{
    private const string Key = "og-key-0123456789";

    // SHA-256 of the DiskFull group key {}:{alertname="DiskFull"}.
    private const string GroupAlias = "17c4e445d234645c9e547ff6d32a864af0ebdadcd1902771c24c8d366637ff41";

    private OpsgenieConfig Config(bool updateAlerts = false) =>
        new() { ApiKey = new Secret(Key), ApiUrl = Server.Url.TrimEnd('/') + "/", UpdateAlerts = updateAlerts };

    [Theory]
    [InlineData(200, "Delivered", null)]
    [InlineData(202, "Delivered", null)]
    [InlineData(400, "Permanent/clientError", null)]
    [InlineData(401, "Permanent/authError", null)]
    [InlineData(403, "Permanent/authError", null)]
    [InlineData(404, "Permanent/clientError", null)]
    [InlineData(409, "Permanent/clientError", null)]
    [InlineData(422, "Permanent/clientError", null)]
    [InlineData(429, "Retryable/rateLimited", 42)]
    [InlineData(500, "Retryable/serverError", null)]
    [InlineData(503, "Retryable/serverError", 42)]
    public async Task NotifyAsync_Status_Classified(int status, string expected, int? retryAfter)
    {
        var response = ScriptedResponse.Json(status, """{"message":"Opsgenie says no","took":0.0}""");
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
            Assert.Equal($"unexpected status code {status}: {{\"message\":\"Opsgenie says no\",\"took\":0.0}}", result.Error);
        }

        if (retryAfter is not null)
        {
            Assert.Equal(TimeSpan.FromSeconds(retryAfter.Value), Assert.IsType<Retryable>(result).RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_UpdateAlertsSecondRequestFails_StopsThereWithItsResult()
    {
        Server.Enqueue(ScriptedResponse.Json(202, "{}"), ScriptedResponse.Json(503, "down"));

        var result = await Harness.NotifyAsync(Config(updateAlerts: true), Samples.DiskFull());

        Assert.Equal("Retryable/serverError", Outcome.Of(result));
        Assert.Equal(["POST /v2/alerts", "PUT /v2/alerts/" + GroupAlias + "/message"], Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task NotifyAsync_Resolved_ClosesByAliasWithTheGenieKey()
    {
        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull(resolved: true));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal(("POST", $"/v2/alerts/{GroupAlias}/close", "?identifierType=alias", $"GenieKey {Key}"),
            (request.Method, request.Path, request.Query, request.Headers["Authorization"]));
        Assert.Equal("{\"source\":\"http://vm:9093/#/alerts?receiver=all-real\"}\n", request.Body);
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(Config() with { ApiUrl = Outcome.ClosedPortUrl() }, Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
    }
}
