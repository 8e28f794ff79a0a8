using System.Text.Json;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Grouping;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Delivery;

public class SupersedeTests
{
    [Fact]
    public async Task Supersede_TwoFlushesBeforeDelivery_OneMessageWithTheLatestState()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: hook, group_by: [alertname], group_wait: 1s, group_interval: 5s}
            receivers: [{name: hook, webhook_configs: [{url: SINK/hook, send_resolved: true}]}]
            """);
        var owner = app.App.Services.GetRequiredService<IOptions<AlertRouterOptions>>().Value.EffectiveReplicaId;
        var dispatcher = app.App.Services.GetRequiredService<Dispatcher>();
        var start = app.Now;

        // Delivery lags (a busy lane, an outage): the dispatcher flushes twice before the worker gets to the group.
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Disk"), ("instance", "a")), WebhookAlertSpec.Of(("alertname", "Disk"), ("instance", "b")));
        app.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.RunBatchAsync(owner, default));
        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "Disk"), ("instance", "a")) with { StartsAt = start, EndsAt = app.Now },
            WebhookAlertSpec.Of(("alertname", "Disk"), ("instance", "c")));
        app.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await dispatcher.RunBatchAsync(owner, default));

        var queued = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal(1, queued.GetProperty("superseded").GetInt32());
        await app.App.Services.GetRequiredService<DeliveryWorker>().DeliverDueAsync(owner, default);

        var request = Assert.Single(app.Sink.Requests);
        var body = JsonDocument.Parse(request.Body).RootElement;
        var alerts = body.GetProperty("alerts").EnumerateArray()
            .Select(a => $"{a.GetProperty("labels").GetProperty("instance").GetString()}:{a.GetProperty("status").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(["a:resolved", "b:firing", "c:firing"], alerts);
        Assert.Equal("delivered", Assert.Single(await app.App.NotificationsAsync()).GetProperty("state").GetString());
    }
}
