using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Incidentio;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Incidentio;

/// <summary>
/// The request against the built example testdata/receivers/incidentio (Alertmanager v0.34.0 notify/incidentio) and
/// incident.io's documented Alertmanager HTTP alert source (https://api-docs.incident.io/tag/Alert-Sources-V2: POST
/// to the source URL, Bearer alert source token). AlertRouter sends 0.29's message, the release that added the kind:
/// the recording's 0.32 <c>notification_reason</c> and 0.34 <c>routeLabels</c> are the only keys it leaves out.
/// </summary>
public sealed class IncidentioNotifierTests : NotifierTest
{
    private IncidentioConfig Config(string target, string? token = "incidentio-alert-source-token-0123") =>
        new() { Url = new Secret(Server.Url + target), AlertSourceToken = token is null ? null : new Secret(token) };

    [Theory]
    [InlineData("default-firing", false)]
    [InlineData("default-resolved", true)]
    public async Task NotifyAsync_RecordedExample_SameRequestWithout034Keys(string name, bool resolved)
    {
        var recorded = ReceiverRecordings.Request("incidentio", name);

        var result = await Harness.NotifyAsync(Config(recorded.Target), ReceiverRecordings.Group(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal((recorded.Method, recorded.Path), (request.Method, request.Path));
        Assert.Equal(recorded.Headers["Authorization"], request.Headers["Authorization"]);
        Assert.Equal(recorded.Headers["Content-Type"], request.Headers["Content-Type"]);
        var expected = Regex.Replace(recorded.Body, ",\"notification_reason\":\"[a-z ]*\"", "").Replace(",\"routeLabels\":{}", "", StringComparison.Ordinal);
        Assert.Equal(expected, request.Body);
    }

    [Fact]
    public async Task NotifyAsync_MaxAlerts_FirstAlertsAndTheRestCounted()
    {
        await Harness.NotifyAsync(Config("/v2/x") with { MaxAlerts = 1 }, ReceiverRecordings.Group(resolved: false));

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        Assert.Equal(1, body.RootElement.GetProperty("alerts").GetArrayLength());
        Assert.Equal(1, body.RootElement.GetProperty("truncatedAlerts").GetInt32());
        Assert.Equal("1", body.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task NotifyAsync_Over512KiB_OnlyTheFirstAlertIsSent()
    {
        var group = ReceiverRecordings.Group(resolved: false);
        var big = group.Alerts.Select((a, i) => a with
        {
            Annotations = AlertRouter.Model.LabelSet.Of(("description", new string('x', 300 * 1024)), ("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        }).ToArray();

        await Harness.NotifyAsync(Config("/v2/x"), group with { Alerts = big });

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        Assert.Equal(1, body.RootElement.GetProperty("alerts").GetArrayLength());
        Assert.Equal("0", body.RootElement.GetProperty("alerts")[0].GetProperty("annotations").GetProperty("n").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("truncatedAlerts").GetInt32());
    }

    [Theory]
    [InlineData(202, "{\"status\":\"success\"}", "Delivered", null)]
    [InlineData(400, "{\"type\":\"validation_error\",\"message\":\"Invalid payload\",\"errors\":[\"alerts is required\",\"status is invalid\"]}",
        "Permanent/clientError", "unexpected status code 400: Invalid payload: alerts is required, status is invalid")]
    [InlineData(401, "{\"error\":\"invalid token\"}", "Permanent/authError", "unexpected status code 401: invalid token")]
    [InlineData(404, "not json", "Permanent/clientError", "unexpected status code 404: not json")]
    [InlineData(429, "{\"message\":\"rate limited\"}", "Retryable/rateLimited", "unexpected status code 429: rate limited")]
    [InlineData(500, "", "Retryable/serverError", "unexpected status code 500")]
    [InlineData(503, "{\"message\":\"down\"}", "Retryable/serverError", "unexpected status code 503: down")]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected, string? error)
    {
        Server.Enqueue(ScriptedResponse.Json(status, body) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "9" } });

        var result = await Harness.NotifyAsync(Config("/v2/x"), ReceiverRecordings.Group(resolved: false));

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(error, result.Error);
        if (result is Retryable retryable)
        {
            Assert.Equal(TimeSpan.FromSeconds(9), retryable.RetryAfter);
        }
    }

    [Fact]
    public async Task NotifyAsync_NoToken_HttpConfigAuthorizationIsSent()
    {
        var config = Config("/v2/x", token: null) with
        {
            Http = AlertRouter.Notifiers.Http.HttpClientConfig.Default with { AuthorizationCredentials = new Secret("from-http-config") },
        };

        await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        Assert.Equal("Bearer from-http-config", Assert.Single(Server.Requests).Headers["Authorization"]);
    }
}
