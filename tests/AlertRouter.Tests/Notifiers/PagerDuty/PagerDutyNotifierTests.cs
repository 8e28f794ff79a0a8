using System.Text;
using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.PagerDuty;

public sealed class PagerDutyNotifierTests : PagerDutyTest
{
    [Theory]
    [InlineData("am-pagerduty-trigger.json", false)]
    [InlineData("am-pagerduty-resolve.json", true)]
    public async Task NotifyAsync_AlertmanagerSample_BodyIdentical(string sample, bool resolved)
    {
        var expected = Samples.Read(sample);

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull(resolved));

        Assert.IsType<Delivered>(result);
        Assert.Equal(202, result.StatusCode);

        // The alert carries severity=critical; Alertmanager still sends its default "error" (issue 16).
        Assert.Equal(expected, Assert.Single(Server.Requests).Body);
    }

    [Fact]
    public async Task NotifyAsync_GroupMode_DedupKeyIsSha256OfGroupKey()
    {
        await Harness.NotifyAsync(Config(), Samples.DiskFull());

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        Assert.Equal(Sha256("{}:{alertname=\"DiskFull\"}"), body.RootElement.GetProperty("dedup_key").GetString());
        Assert.Equal("17c4e445d234645c9e547ff6d32a864af0ebdadcd1902771c24c8d366637ff41", body.RootElement.GetProperty("dedup_key").GetString());
    }

    [Theory]
    [InlineData("warning", "", "error")]
    [InlineData("warning", "{{ .CommonLabels.severity }}", "warning")]
    [InlineData("page", "Critical", "Critical")]
    public async Task NotifyAsync_Severity_RendersTheConfiguredTemplateElseError(string label, string configured, string expected)
    {
        var alert = new Alert(LabelSet.Of(("alertname", "A"), ("severity", label)), LabelSet.Empty, Samples.Now.AddMinutes(-1), GoTime.Zero, "");

        await Harness.NotifyAsync(Config() with { Severity = configured }, Samples.Context(alert));

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        Assert.Equal(expected, body.RootElement.GetProperty("payload").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task NotifyAsync_RunbookAnnotation_AddsNoLinkOfItsOwn()
    {
        var config = Config() with { Links = [new PagerDutyLink("https://dash/{{ .CommonLabels.alertname }}", "Dashboard"), new PagerDutyLink("", "dropped")] };
        var context = Samples.Context(Samples.Alert("HighLatency", "web-1", annotations: ("runbook_url", "https://runbooks.example/latency")));

        await Harness.NotifyAsync(config, context);

        var body = Assert.Single(Server.Requests).Body;
        Assert.Contains("\"links\":[{\"href\":\"https://dash/HighLatency\",\"text\":\"Dashboard\"}]}\n", body, StringComparison.Ordinal);
        Assert.Contains("\"client_url\":\"http://alertrouter.example/#/alerts?receiver=team-x\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_LongDescription_SummaryCutTo1024RunesEndingInEllipsis()
    {
        var config = Config() with { Description = new string('é', 1500) };

        await Harness.NotifyAsync(config, Samples.Context(Samples.Alert("A", "i")));

        using var body = JsonDocument.Parse(Assert.Single(Server.Requests).Body);
        var summary = body.RootElement.GetProperty("payload").GetProperty("summary").GetString()!;
        Assert.Equal(1024, summary.Length);
        Assert.EndsWith("é…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_BodyOver512KB_CustomDetailsReplacedAsAlertmanagerDoes()
    {
        var alert = Samples.Alert("A", "i", annotations: ("description", new string('x', 600_000)));

        await Harness.NotifyAsync(Config(), Samples.Context(alert));

        var body = Assert.Single(Server.Requests).Body;
        Assert.True(Encoding.UTF8.GetByteCount(body) <= 512_000);
        Assert.Contains("\"custom_details\":{\"error\":\"Custom details have been removed because the original event exceeds the maximum size of 512KB\"}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_400WithErrors_PermanentWithPagerDutysMessageAndErrors()
    {
        Server.Enqueue(ScriptedResponse.Json(400, """{"status":"invalid event","message":"Event object is invalid","errors":["Length of 'routing_key' is incorrect","'severity' is invalid"]}"""));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal("Permanent/clientError", Outcome.Of(result));
        Assert.Equal("unexpected status code 400: Event object is invalid: Length of 'routing_key' is incorrect,'severity' is invalid", result.Error);
    }

    [Fact]
    public async Task NotifyAsync_ServiceKey_SendsEventsV1AndTreats403AsRateLimit()
    {
        var config = new PagerDutyConfig { ServiceKey = new Secret("svc-key-0123456789"), Url = Server.Url + "/v1" };
        Server.Enqueue(ScriptedResponse.Json(403, """{"status":"throttled","message":"slow down"}"""));

        var result = await Harness.NotifyAsync(config, Samples.DiskFull());

        Assert.Equal("Retryable/rateLimited", Outcome.Of(result));
        var body = Assert.Single(Server.Requests).Body;
        Assert.StartsWith("{\"service_key\":\"svc-key-0123456789\",\"incident_key\":\"17c4e445", body, StringComparison.Ordinal);
        Assert.Contains("\"event_type\":\"trigger\",\"description\":\"[FIRING:1] DiskFull (db-1:9100 critical infra)\",\"client\":\"Alertmanager\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_EmptyRoutingKey_PermanentWithoutSending()
    {
        var result = await Harness.NotifyAsync(Config() with { RoutingKey = new Secret("  ") }, Samples.DiskFull());

        Assert.Equal("Permanent/clientError", Outcome.Of(result));
        Assert.Equal("routing key cannot be empty", result.Error);
        Assert.Empty(Server.Requests);
    }
}
