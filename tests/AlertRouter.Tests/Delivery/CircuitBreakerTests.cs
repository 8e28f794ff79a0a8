using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

/// <summary>The per-lane circuit breaker through the worker path: open, half-open, closed, and nothing lost meanwhile.</summary>
public class CircuitBreakerTests
{
    private static async Task<double?> CircuitAsync(PipelineApp app) =>
        (await app.App.ScrapeAsync()).Value("alertrouter_circuit_state", ("receiver", "flaky"), ("integration", "webhook"));

    private static async Task<string> ReceiverCircuitAsync(PipelineApp app)
    {
        using var doc = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/receivers"));
        return doc.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "flaky")
            .GetProperty("integrations")[0].GetProperty("circuit").GetString()!;
    }

    [Fact]
    public async Task Circuit_OpensOnFailures_HoldsDeliveriesBack_ProbesHalfOpen_ClosesAndDeliversEverything()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: flaky
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1h
              routes: [{receiver: steady, matchers: ['team="steady"']}]
            receivers:
              - {name: flaky, webhook_configs: [{url: SINK/flaky}]}
              - {name: steady, webhook_configs: [{url: SINK/steady}]}
            """);
        var healthy = false;
        var sink = new ClockedSink(app, r => r.Path == "/flaky" && !Volatile.Read(ref healthy) ? new ScriptedResponse(503, "down") : null);
        var start = app.Now;

        // Four failures in the sampling window open the circuit (minimum throughput 4, failure ratio 0.5).
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "A")), WebhookAlertSpec.Of(("alertname", "B")),
            WebhookAlertSpec.Of(("alertname", "C")), WebhookAlertSpec.Of(("alertname", "D")));
        await app.TickAsync();
        Assert.Equal(2, await CircuitAsync(app));
        Assert.Equal("open", await ReceiverCircuitAsync(app));
        var health = await app.App.HealthAsync();
        Assert.Equal("degraded", health.Component("receivers"));
        Assert.Contains("circuit open for flaky/webhook[0]", health.GetProperty("issues").ToString(), StringComparison.Ordinal);

        // While open, a new notification is held back, not sent and not failed; other receivers are unaffected.
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "E")), WebhookAlertSpec.Of(("alertname", "S"), ("team", "steady")));
        await app.TickAsync();
        var held = Assert.Single(await app.App.NotificationsAsync("?receiver=flaky"), n => n.GetProperty("alerts")[0].GetProperty("labels").GetProperty("alertname").GetString() == "E");
        Assert.Equal("pending", held.GetProperty("state").GetString());
        Assert.Equal(0, held.GetProperty("attempts").GetInt32());
        Assert.Equal(start.AddSeconds(30), held.GetProperty("nextAttemptAt").GetDateTimeOffset());
        Assert.Contains("circuit open", held.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("delivered", (await app.App.NotificationAsync("steady")).GetProperty("state").GetString());
        Assert.Equal(4, sink.TimesFor("/flaky").Count);
        var scrape = await app.App.ScrapeAsync();
        Assert.Equal(5, scrape.Value("alertrouter_delivery_queue_depth", ("receiver", "flaky"), ("integration", "webhook")));
        Assert.Equal(4, scrape.Value("alertrouter_notifications_total", ("receiver", "flaky"), ("integration", "webhook")));

        // The failed ones come due for their retry during the break: still held, nothing reaches the sink.
        await app.RunUntilAsync(start.AddSeconds(29));
        Assert.Equal(4, sink.TimesFor("/flaky").Count);

        // Break over: the next delivery is a probe (half-open). The endpoint is still down: open again.
        app.Time.SetUtcNow(start.AddSeconds(30));
        Assert.Equal(1, await CircuitAsync(app));
        Assert.Equal("half-open", await ReceiverCircuitAsync(app));
        await app.TickAsync();
        Assert.Equal(5, sink.TimesFor("/flaky").Count);
        Assert.Equal(2, await CircuitAsync(app));

        // The endpoint recovers; the next probe succeeds, the circuit closes and every held notification goes out.
        Volatile.Write(ref healthy, true);
        await app.RunUntilAsync(start.AddSeconds(60));
        Assert.Equal(0, await CircuitAsync(app));
        Assert.Equal("closed", await ReceiverCircuitAsync(app));
        Assert.Equal("healthy", (await app.App.HealthAsync()).Component("receivers"));
        var delivered = sink.Log.Where(l => l.Request.Path == "/flaky" && l.At == start.AddSeconds(60))
            .Select(l => JsonDocument.Parse(l.Request.Body).RootElement.GetProperty("groupLabels").GetProperty("alertname").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["A", "B", "C", "D", "E"], delivered);
        Assert.All(await app.App.NotificationsAsync("?receiver=flaky"), n => Assert.Equal("delivered", n.GetProperty("state").GetString()));
        scrape = await app.App.ScrapeAsync();
        Assert.Equal(10, scrape.Value("alertrouter_notifications_total", ("receiver", "flaky"), ("integration", "webhook"))); // held back: not counted
        Assert.Equal(0, scrape.Value("alertrouter_delivery_queue_depth", ("receiver", "flaky"), ("integration", "webhook")));
    }
}
