using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;

namespace AlertRouter.Tests.Notifiers.Incidentio;

/// <summary>incident.io through the real worker path on the manual clock: not paced, held by a 429's Retry-After.</summary>
public class IncidentioPacingTests
{
    [Fact]
    public async Task RetryAfter_AlertSource429_HoldsEveryNotificationToThatSource()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: iio, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: iio, incidentio_configs: [{url: SINK/v2/alert_events/alertmanager/src, alert_source_token: tok-0123456789}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? new ScriptedResponse(429, "{\"message\":\"slow down\"}") { Headers = new Dictionary<string, string> { ["Retry-After"] = "25" } }
            : new ScriptedResponse(202, "{}"));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "First"));
        await app.RunForAsync(TimeSpan.FromSeconds(1));
        await app.PostAsync([WebhookAlertSpec.Of(("alertname", "Second")), WebhookAlertSpec.Of(("alertname", "Third"))]);
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        var times = sink.TimesFor("/v2/").Order().ToList();
        Assert.Equal(4, times.Count);
        Assert.Equal(start, times[0]);
        Assert.All(times.Skip(1), t => Assert.True(t >= start.AddSeconds(25), $"sent at +{(t - start).TotalSeconds}s, inside the Retry-After"));
    }
}
