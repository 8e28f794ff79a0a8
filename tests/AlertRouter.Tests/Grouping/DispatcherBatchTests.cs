using System.Text.Json;
using AlertRouter.Grouping;
using AlertRouter.Storage.Sqlite;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Tests.Grouping;

/// <summary>
/// A dispatcher batch is planned and written in chunks, the next chunk planned while the previous one is written.
/// Every due group must still flush exactly once, and a chunk whose write fails must leave its groups due.
/// </summary>
public class DispatcherBatchTests
{
    private const string Config = """
        route: {receiver: hook, group_by: [g], group_wait: 1s, group_interval: 5m}
        receivers: [{name: hook, webhook_configs: [{url: SINK}]}]
        """;

    private static async Task PostGroupsAsync(PipelineApp app, int groups)
    {
        for (var g = 0; g < groups; g += 100)
        {
            await app.PostAsync([.. Enumerable.Range(g, Math.Min(100, groups - g)).Select(i => WebhookAlertSpec.Of(("alertname", "Batch"), ("g", $"g{i}")))]);
        }
    }

    private static async Task<List<string>> PendingGroupKeysAsync(PipelineApp app)
    {
        var body = await app.App.Api.GetStringAsync("/api/v1/notifications?state=pending&limit=10000");
        using var doc = JsonDocument.Parse(body);
        return [.. doc.RootElement.EnumerateArray().Select(n => n.GetProperty("groupKey").GetString()!)];
    }

    [Fact]
    public async Task OneBatchOfManyChunks_FlushesEveryGroupOnce()
    {
        await using var app = await PipelineApp.StartAsync(Config);
        await PostGroupsAsync(app, 1234);
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var dispatcher = app.App.Services.GetRequiredService<Dispatcher>();

        Assert.Equal(1234, await dispatcher.RunBatchAsync("r1", default));
        Assert.Equal(0, await dispatcher.RunBatchAsync("r1", default));

        var keys = await PendingGroupKeysAsync(app);
        Assert.Equal(1234, keys.Count);
        Assert.Equal(1234, keys.Distinct().Count());
    }

    [Fact]
    public async Task ChunkWriteFails_ItsGroupsStayDue_OthersAreNotFlushedTwice()
    {
        await using var app = await PipelineApp.StartAsync(Config, services: s =>
        {
            s.RemoveAll<IGroupStore>();
            s.AddSingleton<SqliteGroupStore>();
            s.AddSingleton<IGroupStore>(sp => new FailSecondWrite(sp.GetRequiredService<SqliteGroupStore>()));
        });
        await PostGroupsAsync(app, 600);
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var dispatcher = app.App.Services.GetRequiredService<Dispatcher>();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => dispatcher.RunBatchAsync("r1", default));
        var afterFailure = await PendingGroupKeysAsync(app);
        Assert.InRange(afterFailure.Count, 1, 599);

        var flushed = 0;
        int batch;
        while ((batch = await dispatcher.RunBatchAsync("r1", default)) > 0)
        {
            flushed += batch;
        }

        var keys = await PendingGroupKeysAsync(app);
        Assert.Equal(600, keys.Count);
        Assert.Equal(600, keys.Distinct().Count());
        Assert.Equal(600 - afterFailure.Count, flushed);
    }

    /// <summary>The store with its second flush write failing, as a full disk or a lost database would.</summary>
    private sealed class FailSecondWrite(SqliteGroupStore inner) : IGroupStore
    {
        private int _writes;

        public Task CompleteFlushAsync(string owner, IReadOnlyList<FlushResult> results, CancellationToken ct) =>
            Interlocked.Increment(ref _writes) == 2
                ? Task.FromException(new StoreUnavailableException("disk full"))
                : inner.CompleteFlushAsync(owner, results, ct);

        public Task<IReadOnlyList<DueGroup>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct) =>
            inner.ClaimDueAsync(owner, now, lease, limit, ct);

        public Task<DateTimeOffset?> NextFlushAsync(CancellationToken ct) => inner.NextFlushAsync(ct);

        public Task<IReadOnlyDictionary<NflogKey, NflogEntry>> GetNflogAsync(IReadOnlyCollection<string> groupKeys, CancellationToken ct) =>
            inner.GetNflogAsync(groupKeys, ct);

        public Task<(IReadOnlyList<StoredAlert> Alerts, long Cursor)> ReadChangesAsync(long cursor, int limit, CancellationToken ct) =>
            inner.ReadChangesAsync(cursor, limit, ct);

        public Task<IReadOnlyList<GroupState>> ListGroupsAsync(CancellationToken ct) => inner.ListGroupsAsync(ct);

        public Task<(int Groups, DateTimeOffset? EarliestFlush)> StatsAsync(CancellationToken ct) => inner.StatsAsync(ct);

        public Task RerouteAsync(Func<StoredAlert, IReadOnlyList<GroupRef>> route, DateTimeOffset now, CancellationToken ct) =>
            inner.RerouteAsync(route, now, ct);
    }
}
