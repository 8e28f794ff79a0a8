using System.Globalization;
using AlertRouter.Core;
using AlertRouter.Grouping;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Delivery;

/// <summary>
/// The worker claims no more of a lane than it can start or hold waiting: a claim that took more would have to
/// hand the rest back, one store write each.
/// </summary>
public class LaneClaimTests
{
    [Fact]
    public async Task ClaimAsync_PerLaneSlots_TakesAtMostEachLanesSlotsInDueOrder()
    {
        await using var app = await PipelineApp.StartAsync("""
            route:
              receiver: many
              group_by: [alertname]
              group_wait: 0s
              routes: [{receiver: few, matchers: ['team="few"']}]
            receivers:
              - {name: many, webhook_configs: [{url: SINK/many}]}
              - {name: few, webhook_configs: [{url: SINK/few}]}
            """);
        var owner = app.App.Services.GetRequiredService<IOptions<AlertRouterOptions>>().Value.EffectiveReplicaId;
        await app.PostAsync([.. Enumerable.Range(0, 12).Select(i => WebhookAlertSpec.Of(("alertname", "M" + i.ToString("D2", CultureInfo.InvariantCulture))))]);
        await app.PostAsync([.. Enumerable.Range(0, 3).Select(i => WebhookAlertSpec.Of(("alertname", "F" + i.ToString(CultureInfo.InvariantCulture)), ("team", "few")))]);
        Assert.Equal(15, await app.App.Services.GetRequiredService<Dispatcher>().RunBatchAsync(owner, default));
        var store = app.App.Services.GetRequiredService<INotificationStore>();
        var lease = TimeSpan.FromMinutes(1);

        var first = await store.ClaimAsync(owner, app.Now, lease, 100, new Dictionary<string, int> { ["many/webhook[0]"] = 2 }, 5, default);
        var second = await store.ClaimAsync(owner, app.Now, lease, 100, new Dictionary<string, int> { ["many/webhook[0]"] = 0 }, 5, default);
        var third = await store.ClaimAsync(owner, app.Now, lease, 4, new Dictionary<string, int>(), 5, default);

        Assert.Equal(2, first.Count(n => n.Receiver == "many"));
        Assert.Equal(3, first.Count(n => n.Receiver == "few"));
        Assert.Empty(second);
        Assert.Equal(4, third.Count);
        Assert.All(third, n => Assert.Equal("many", n.Receiver));
        var rest = await store.ClaimAsync(owner, app.Now, lease, 100, [], default);
        Assert.Equal(6, rest.Count);
        Assert.Equal(15, first.Concat(third).Concat(rest).Select(n => n.Id).Distinct().Count());
    }
}
