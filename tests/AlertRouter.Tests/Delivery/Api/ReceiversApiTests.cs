using System.Net;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery.Api;

/// <summary>POST /api/v1/receivers/{name}/test and GET /api/v1/receivers against real sinks.</summary>
public class ReceiversApiTests
{
    private const string HookSecret = "hooksecret-3f9a1c7e5b";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static ScriptedResponse Answer(CapturedRequest r) => r.Path.StartsWith("/broken", StringComparison.Ordinal)
        ? new ScriptedResponse(500, $"no route for {r.Path}")
        : r.Path.StartsWith("/services", StringComparison.Ordinal) ? new ScriptedResponse(200, "ok") : new ScriptedResponse(200, "");

    [Fact]
    public async Task TestEndpoint_AllIntegrationsDeliver_200WithPerIntegrationResults_AndNothingQueued()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: team}
            receivers:
              - name: team
                webhook_configs: [{url: SINK/hook}]
                slack_configs: [{api_url: SINK/services/T1/B2/abcdefghijkl, channel: '#team'}]
            """);
        app.Sink.Responder = Answer;

        var response = await app.App.PostJsonAsync("/api/v1/receivers/team/test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.True(result.GetProperty("delivered").GetBoolean());
        var integrations = result.GetProperty("integrations").EnumerateArray().ToDictionary(i => i.GetProperty("integration").GetString()!);
        Assert.Equal(["slack[0]", "webhook[0]"], integrations.Keys.Order(StringComparer.Ordinal));
        Assert.All(integrations.Values, i =>
        {
            Assert.Equal("delivered", i.GetProperty("outcome").GetString());
            Assert.Equal(200, i.GetProperty("statusCode").GetInt32());
            Assert.Equal(1, i.GetProperty("attempts").GetInt32());
            Assert.Equal(JsonValueKind.Null, i.GetProperty("error").ValueKind);
        });
        var hook = JsonDocument.Parse(app.Sink.Requests.Single(r => r.Path == "/hook").Body).RootElement;
        Assert.Equal("AlertRouterTest", hook.GetProperty("alerts")[0].GetProperty("labels").GetProperty("alertname").GetString());
        Assert.Equal("team", hook.GetProperty("receiver").GetString());
        Assert.Empty(await app.App.NotificationsAsync()); // grouping, dedup and the queue are bypassed
    }

    [Fact]
    public async Task TestEndpoint_WithLabels_SendsThoseLabels()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: team}
            receivers: [{name: team, webhook_configs: [{url: SINK/hook}]}]
            """);

        var response = await app.App.PostJsonAsync("/api/v1/receivers/team/test",
            new { labels = new Dictionary<string, string> { ["alertname"] = "DiskFull", ["instance"] = "db-1" }, annotations = new Dictionary<string, string> { ["summary"] = "try" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = JsonDocument.Parse(Assert.Single(app.Sink.Requests).Body).RootElement.GetProperty("alerts")[0];
        Assert.Equal("db-1", alert.GetProperty("labels").GetProperty("instance").GetString());
        Assert.Equal("try", alert.GetProperty("annotations").GetProperty("summary").GetString());
    }

    [Fact]
    public async Task TestEndpoint_OneIntegrationFails_502WithItsRedactedError()
    {
        await using var app = await PipelineApp.StartAsync($$"""
            route: {receiver: team}
            receivers:
              - name: team
                webhook_configs: [{url: SINK/hook}, {url: 'SINK/broken/{{HookSecret}}'}]
            """);
        app.Sink.Responder = Answer;

        var response = await app.App.PostJsonAsync("/api/v1/receivers/team/test");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.False(result.GetProperty("delivered").GetBoolean());
        var broken = result.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("integration").GetString() == "webhook[1]");
        Assert.Equal("failed_retryable", broken.GetProperty("outcome").GetString());
        Assert.Equal(500, broken.GetProperty("statusCode").GetInt32());
        Assert.Equal("unexpected status code 500: no route for <secret>", broken.GetProperty("error").GetString());
        Assert.Equal("delivered", result.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("integration").GetString() == "webhook[0]")
            .GetProperty("outcome").GetString());
        Assert.DoesNotContain(HookSecret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestEndpoint_UnknownReceiver404_AdminTokenEnforced()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: team}
            receivers: [{name: team, webhook_configs: [{url: SINK/hook}]}]
            """, new Dictionary<string, string> { ["Api:AdminToken"] = "t0ken-for-tests" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.App.PostJsonAsync("/api/v1/receivers/team/test")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.App.PostJsonAsync("/api/v1/receivers/nobody/test", token: "t0ken-for-tests")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.App.PostJsonAsync("/api/v1/receivers/team/test", token: "t0ken-for-tests")).StatusCode);
        Assert.DoesNotContain(app.Sink.Requests, r => r.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Receivers_ShowRedactedTargetsConfiguredCircuitAndLastOutcome()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: team
              group_wait: 0s
              routes: [{receiver: broken, matchers: ['x="broken"']}]
            receivers:
              - name: team
                pagerduty_configs: [{routing_key: 0123456789abcdef0123456789abWXYZ, url: SINK/pd}]
                slack_configs: [{app_token: xoxb-target-0123456789, app_url: SINK/api/chat.postMessage, channel: '#db-oncall'}]
                webhook_configs: [{url: 'SINK/hook/${DELIVERY_TEST_UNSET_VARIABLE}'}]
              - name: mail
                email_configs: [{to: dba@example.test, from: ar@example.test, smarthost: 'smtp.example.test:587'}]
              - name: broken
                webhook_configs: [{url: 'SINK/broken/secret-path-123456'}]
            """);
        app.Sink.Responder = r => r.Path switch
        {
            "/pd" => ScriptedResponse.Json(202, """{"status":"success"}"""),
            "/api/chat.postMessage" => ScriptedResponse.Json(200, """{"ok":true,"channel":"C1","ts":"1.2"}"""),
            _ => Answer(r),
        };
        await app.PostAlertAsync(("alertname", "Ok"));
        await app.PostAlertAsync(("alertname", "Broken"), ("x", "broken"));
        await app.TickAsync();

        using var doc = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/receivers"));
        var receivers = doc.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        var team = receivers["team"].GetProperty("integrations").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.StartsWith("routing key …WXYZ at 127.0.0.1:", team["pagerduty[0]"].GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("channel #db-oncall via 127.0.0.1:", team["slack[0]"].GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.Equal("dba@example.test via smtp.example.test:587", receivers["mail"].GetProperty("integrations")[0].GetProperty("target").GetString());
        Assert.False(team["webhook[0]"].GetProperty("configured").GetBoolean());
        Assert.Equal(["DELIVERY_TEST_UNSET_VARIABLE"], team["webhook[0]"].GetProperty("missingVariables").EnumerateArray().Select(v => v.GetString()));
        Assert.True(team["pagerduty[0]"].GetProperty("configured").GetBoolean());
        Assert.Equal(app.Now, team["pagerduty[0]"].GetProperty("lastSuccess").GetDateTimeOffset());
        Assert.Equal("closed", team["pagerduty[0]"].GetProperty("circuit").GetString());
        Assert.Equal(JsonValueKind.Null, team["pagerduty[0]"].GetProperty("lastFailure").ValueKind);
        var broken = receivers["broken"].GetProperty("integrations")[0];
        Assert.Equal(app.Now, broken.GetProperty("lastFailure").GetDateTimeOffset());
        Assert.Equal("unexpected status code 500: no route for <secret>", broken.GetProperty("lastError").GetString());
        Assert.DoesNotContain("0123456789abcdef", doc.RootElement.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-path-123456", doc.RootElement.ToString(), StringComparison.Ordinal);
    }
}
