using System.Text;
using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.PagerDuty;

/// <summary>dedup_key_mode: alert — one event per alert, and one DeliveryResult for all of them.</summary>
public sealed class PagerDutyAlertModeTests : PagerDutyTest
{
    [Fact]
    public async Task NotifyAsync_AlertMode_OneEventPerAlertWithItsOwnKeyAndAction()
    {
        var context = Samples.Context(Samples.Alert("HighLatency", "web-1"), Samples.Alert("HighLatency", "web-2", resolved: true));

        var result = await Harness.NotifyAsync(Config() with { DedupKeyMode = PagerDutyDedupKeyMode.Alert }, context);

        Assert.IsType<Delivered>(result);
        Assert.Equal(2, Server.Requests.Count);
        for (var i = 0; i < 2; i++)
        {
            using var body = JsonDocument.Parse(Server.Requests[i].Body);
            var key = body.RootElement.GetProperty("dedup_key").GetString()!;
            Assert.Equal(Sha256(context.GroupKey + context.Alerts[i].Fingerprint), key);
            Assert.True(key.Length <= 255);
            Assert.Equal(i == 0 ? "trigger" : "resolve", body.RootElement.GetProperty("event_action").GetString());
            var summary = body.RootElement.GetProperty("payload").GetProperty("summary").GetString();
            Assert.Equal(i == 0 ? "[FIRING:1] HighLatency (web-1 critical)" : "[RESOLVED] HighLatency (web-2 critical)", summary);
        }
    }

    [Fact]
    public async Task NotifyAsync_AlertModeOneEventFails5xx_RetryableNamingTheAlert()
    {
        var context = Samples.Context(Samples.Alert("A", "1"), Samples.Alert("A", "2"), Samples.Alert("A", "3"));
        Server.Enqueue(ScriptedResponse.Json(202, "{}"), ScriptedResponse.Json(500, """{"message":"oops"}"""), ScriptedResponse.Json(202, "{}"));

        var result = await Harness.NotifyAsync(Config() with { DedupKeyMode = PagerDutyDedupKeyMode.Alert }, context);

        Assert.Equal("Retryable/serverError", Outcome.Of(result));
        Assert.Equal(3, Server.Requests.Count);
        Assert.Contains("1 of 3 PagerDuty events not accepted", result.Error, StringComparison.Ordinal);
        Assert.Contains($"alert {context.Alerts[1].Fingerprint}: unexpected status code 500: oops", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_AlertModeOneEventRejected400_Permanent()
    {
        var context = Samples.Context(Samples.Alert("A", "1"), Samples.Alert("A", "2"));
        Server.Enqueue(ScriptedResponse.Json(400, """{"status":"invalid event","message":"Event object is invalid","errors":["bad"]}"""));

        var result = await Harness.NotifyAsync(Config() with { DedupKeyMode = PagerDutyDedupKeyMode.Alert }, context);

        Assert.Equal("Permanent/clientError", Outcome.Of(result));
        Assert.Contains("1 of 2 PagerDuty events not accepted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_AlertModeRateLimited_StopsAndRetriesAfterTheLongestWait()
    {
        var context = Samples.Context(Samples.Alert("A", "1"), Samples.Alert("A", "2"), Samples.Alert("A", "3"));
        Server.Enqueue(ScriptedResponse.Json(202, "{}"), ScriptedResponse.TooManyRequests(30));

        var result = await Harness.NotifyAsync(Config() with { DedupKeyMode = PagerDutyDedupKeyMode.Alert }, context);

        var retryable = Assert.IsType<Retryable>(result);
        Assert.Equal(FailureReason.RateLimited, retryable.Reason);
        Assert.Equal(TimeSpan.FromSeconds(30), retryable.RetryAfter);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Contains("2 of 3 PagerDuty events not accepted", retryable.Message, StringComparison.Ordinal);
        Assert.Contains("1 not sent after rate limiting", retryable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttemptCost_AlertMode_CountsAlerts()
    {
        var context = Samples.Context(Samples.Alert("A", "1"), Samples.Alert("A", "2"));
        var integration = new PagerDutyIntegration();

        Assert.Equal(1, integration.AttemptCost(Config(), context));
        Assert.Equal(2, integration.AttemptCost(Config() with { DedupKeyMode = PagerDutyDedupKeyMode.Alert }, context));
    }
}
