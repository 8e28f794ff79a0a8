using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.IntegrationTests.Config;

public class ConfigApiTests
{
    private const string Config = """
        route:
          receiver: default
          group_by: [alertname]
          routes:
            - matchers: ['severity="critical"']
              receiver: pager
              group_wait: 10s
              continue: true
              mute_time_intervals: [maintenance]
            - matchers: ['severity=~"warning|critical"']
              receiver: chat
              active_time_intervals: [office]
        receivers:
          - name: default
          - name: pager
            pagerduty_configs: [{routing_key: very-secret-routing-key}]
          - name: chat
        inhibit_rules:
          - name: critical-over-warning
            source_matchers: ['severity="critical"']
            target_matchers: ['severity="warning"']
            equal: [service]
        time_intervals:
          - name: maintenance
            time_intervals: [{weekdays: [sunday]}]
          - name: office
            time_intervals: [{times: [{start_time: '09:00', end_time: '17:00'}]}]
        """;

    private static readonly Alert Source = new(LabelSet.Of(("alertname", "Down"), ("severity", "critical"), ("service", "api")),
        LabelSet.Empty, new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero), GoTime.Zero, "");

    [Fact]
    public async Task RoutesTest_ReportsRoutesTimersIntervalsAndInhibition()
    {
        await using var app = await StartAsync(Source);

        var sunday = await ConfigApi.TestRoutesAsync(app.Api, new
        {
            labels = new Dictionary<string, string> { ["alertname"] = "Down", ["severity"] = "critical", ["service"] = "db" },
            at = "2026-01-04T20:00:00Z",
        });
        var warning = await ConfigApi.TestRoutesAsync(app.Api, new
        {
            labels = new Dictionary<string, string> { ["alertname"] = "Slow", ["severity"] = "warning", ["service"] = "api" },
            at = "2026-01-05T10:00:00Z",
        });

        var routes = sunday.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(["pager", "chat"], sunday.GetProperty("receivers").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("{}/{severity=\"critical\"}", routes[0].GetProperty("key").GetString());
        Assert.Equal("{}/{severity=\"critical\"}:{alertname=\"Down\"}", routes[0].GetProperty("groupKey").GetString());
        Assert.Equal(("10s", "5m", "4h"), (routes[0].GetProperty("groupWait").GetString(), routes[0].GetProperty("groupInterval").GetString(), routes[0].GetProperty("repeatInterval").GetString()));
        Assert.True(routes[0].GetProperty("muted").GetBoolean());
        Assert.Equal(["maintenance"], routes[0].GetProperty("mutedBy").EnumerateArray().Select(r => r.GetString()));
        Assert.False(routes[1].GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sunday.GetProperty("inhibitedBy").ValueKind);

        var inhibited = warning.GetProperty("inhibitedBy");
        Assert.Equal("critical-over-warning", inhibited.GetProperty("rule").GetString());
        Assert.Equal([Source.Fingerprint.ToString()], inhibited.GetProperty("sourceFingerprints").EnumerateArray().Select(f => f.GetString()));
        Assert.True(warning.GetProperty("routes")[0].GetProperty("active").GetBoolean());
    }

    [Theory]
    [InlineData("{\"labels\":{}}")]
    [InlineData("{\"labels\":{\"a\":\"1\"},\"at\":\"yesterday\"}")]
    public async Task RoutesTest_BadRequest_IsProblemJson(string body)
    {
        await using var app = await StartAsync();

        using var response = await app.Api.PostAsync("/api/v1/routes/test", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetConfig_RedactsSecretsAndReportsHashAndSources()
    {
        await using var app = await StartAsync();

        var config = await app.Api.GetFromJsonAsync<JsonElement>("/api/v1/config");

        Assert.Matches("^[0-9a-f]{64}$", config.GetProperty("hash").GetString());
        Assert.Single(config.GetProperty("sources").EnumerateArray());
        Assert.Contains("routing_key: \"<secret>\"", config.GetProperty("config").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-routing-key", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_AreOnTheApiListenerOnly()
    {
        await using var app = await StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await app.Ops.GetAsync("/api/v1/config")).StatusCode);
        Assert.Contains("/api/v1/routes/test", await app.Ops.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static Task<TestApp> StartAsync(params Alert[] alerts) =>
        TestApp.StartAsync(Config, services: s => s.Replace(ServiceDescriptor.Singleton<IAlertStore>(new FakeAlertStore(alerts))));
}
