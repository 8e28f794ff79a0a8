using System.Net;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

/// <summary>Dead letters: after max_delivery_age or a permanent error; listed, counted, reported, and replayed.</summary>
public class DeadLetterTests
{
    private const string AdminToken = "admin-6b0e2f9c41d7";

    [Fact]
    public async Task DeadLetter_AfterMaxDeliveryAgeOrPermanentError_ListedCountedDegraded_ThenReplayedWithTheAdminToken()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: outage
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1h
              routes: [{receiver: refused, matchers: ['alertname="Refused"']}]
            receivers:
              - {name: outage, webhook_configs: [{url: SINK/outage}]}
              - {name: refused, webhook_configs: [{url: SINK/refused}]}
            """, new Dictionary<string, string> { ["Delivery:MaxDeliveryAge"] = "00:02:00", ["Api:AdminToken"] = AdminToken });
        var fixedEndpoints = false;
        var sink = new ClockedSink(app, r => Volatile.Read(ref fixedEndpoints) ? null
            : r.Path == "/outage" ? new ScriptedResponse(500, "maintenance") : new ScriptedResponse(400, "schema mismatch"));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Outage"));
        await app.PostAlertAsync(("alertname", "Refused"));
        await app.TickAsync();
        var refused = await app.App.NotificationAsync("refused");
        Assert.Equal("dead", refused.GetProperty("state").GetString());
        Assert.Equal(1, refused.GetProperty("attempts").GetInt32());
        Assert.Equal("unexpected status code 400: schema mismatch", refused.GetProperty("lastError").GetString());
        Assert.Equal("failed", (await app.App.NotificationAsync("outage")).GetProperty("state").GetString());

        await app.RunForAsync(TimeSpan.FromMinutes(5));

        var outage = await app.App.NotificationAsync("outage");
        Assert.Equal("dead", outage.GetProperty("state").GetString());
        Assert.True(outage.GetProperty("attempts").GetInt32() >= 4, outage.ToString());
        Assert.StartsWith("gave up after 00:02:00 (max delivery age): unexpected status code 500", outage.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var times = sink.TimesFor("/outage");
        Assert.True(times[^1] - start >= TimeSpan.FromMinutes(2), $"the last attempt was at +{(times[^1] - start).TotalSeconds}s");
        Assert.True(times.Zip(times.Skip(1), (a, b) => b - a).Zip(times.Skip(1).Zip(times.Skip(2), (a, b) => b - a)).All(p => p.Second > p.First),
            "queue retries back off: " + string.Join(", ", times.Select(t => (t - start).TotalSeconds)));

        var dead = await app.App.NotificationsAsync("?state=dead");
        Assert.Equal(["outage", "refused"], dead.Select(n => n.GetProperty("receiver").GetString()).Order(StringComparer.Ordinal));
        var scrape = await app.App.ScrapeAsync();
        Assert.Equal(1, scrape.Value("alertrouter_dead_letters", ("receiver", "outage"), ("integration", "webhook")));
        Assert.Equal(1, scrape.Value("alertrouter_dead_letters", ("receiver", "refused"), ("integration", "webhook")));
        Assert.Equal(1, scrape.Value("alertrouter_notifications_failed_total", ("receiver", "refused"), ("integration", "webhook"), ("reason", "clientError")));
        var health = await app.App.HealthAsync();
        Assert.Equal("degraded", health.Component("queue"));
        Assert.Equal(2, health.GetProperty("metrics").GetProperty("dead_letters").GetDouble());
        Assert.Contains("dead letter", health.GetProperty("issues").ToString(), StringComparison.Ordinal);

        // Replay needs the admin token; it is refused for anything that is not a dead letter.
        var id = outage.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.App.PostJsonAsync($"/api/v1/notifications/{id}/retry")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.App.PostJsonAsync($"/api/v1/notifications/{id}/retry", token: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.App.PostJsonAsync("/api/v1/notifications/nope/retry", token: AdminToken)).StatusCode);
        Volatile.Write(ref fixedEndpoints, true);
        foreach (var n in dead)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.App.PostJsonAsync($"/api/v1/notifications/{n.GetProperty("id").GetString()}/retry", token: AdminToken)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await app.App.PostJsonAsync($"/api/v1/notifications/{id}/retry", token: AdminToken)).StatusCode);
        await app.TickAsync();

        Assert.All(await app.App.NotificationsAsync(), n => Assert.Equal("delivered", n.GetProperty("state").GetString()));
        Assert.Equal(app.Now, sink.TimesFor("/outage")[^1]);
        Assert.Equal(app.Now, sink.TimesFor("/refused")[^1]);
        Assert.Equal(0, (await app.App.ScrapeAsync()).Sum("alertrouter_dead_letters"));
        Assert.Equal("healthy", (await app.App.HealthAsync()).Component("queue"));
    }
}
