using System.Diagnostics;
using System.Text.Json;
using AlertRouter.IntegrationTests.Storage.Postgres;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Scaling;

/// <summary>
/// Several replicas on one PostgreSQL, as users run them for HA: any replica accepts webhooks, an Alertmanager HA
/// pair sends every notification to two of them, and each notification still reaches its receiver once.
/// </summary>
[Collection(PostgresCollection.Name)]
public class HighAvailabilityTests(PostgresServer server, ITestOutputHelper output)
{
    private const int Groups = 500;

    // Short leases so a dead replica's work moves on within seconds (defaults: 15 s groups, 60 s deliveries).
    private static readonly Dictionary<string, string> ShortLeases = new()
    {
        ["Dispatcher:LeaseDuration"] = "00:00:02",
        ["Delivery:LeaseDuration"] = "00:00:03",
    };

    [Fact]
    public async Task ThreeReplicas_EveryWebhookSentToTwo_EachNotificationExactlyOnce()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await ReplicaCluster.StartAsync(server, 3, TimeSpan.Zero, ShortLeases);
        output.WriteLine($"replicas ready after {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        var refused = await cluster.PostAllAsync(Groups);
        output.WriteLine($"{Groups} webhooks posted to two replicas each in {clock.Elapsed.TotalSeconds:F1} s");
        var received = await cluster.WaitForAsync(Groups, TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(2));

        output.WriteLine($"{received.Count} of {Groups} groups notified, {received.Values.Sum()} notifications in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Empty(refused);
        Assert.Equal(Groups, received.Count);
        Assert.DoesNotContain(received, r => r.Value > 1);
        Assert.Equal(Groups, await cluster.ScalarAsync("SELECT count(*) FROM notifications WHERE state = 'delivered'"));
        output.WriteLine($"notifications sent by replica: {await SentByReplicaAsync(cluster)}");
    }

    [Fact]
    public async Task TwoReplicas_EverySendSlowerThanTheLease_EachNotificationExactlyOnce()
    {
        // Each send takes 5 s against a 3 s lease: unless a live replica keeps renewing its lease, the lease runs out
        // mid-send, the other replica recovers the notification and sends it again.
        const int groups = 10;
        await using var cluster = await ReplicaCluster.StartAsync(server, 2, TimeSpan.FromSeconds(5), new Dictionary<string, string>
        {
            ["Delivery:LeaseDuration"] = "00:00:03",
            ["Delivery:AttemptTimeout"] = "00:00:30",
        });

        var refused = await cluster.PostAllAsync(groups);
        var received = await cluster.WaitForAsync(groups, TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(5));

        output.WriteLine($"{received.Count} of {groups} groups notified, {received.Values.Sum()} notifications");
        Assert.Empty(refused);
        Assert.Equal(groups, received.Count);
        Assert.DoesNotContain(received, r => r.Value > 1);
        Assert.Equal(groups, await cluster.ScalarAsync("SELECT count(*) FROM notifications WHERE state = 'delivered'"));
    }

    [Fact]
    public async Task ThreeReplicas_Health_ShowsRoleAndIdentity()
    {
        var db = await server.CreateDatabaseAsync("health");
        var apps = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => TestApp.StartAsync(settings: new Dictionary<string, string>
        {
            ["Store"] = "postgres",
            ["Postgres:ConnectionString"] = db,
            ["ReplicaId"] = ReplicaCluster.ReplicaId(i),
        })));
        await using var r1 = apps[0];
        await using var r2 = apps[1];
        await using var r3 = apps[2];
        var ops = r2.Ops;

        // Replicas see each other through their heartbeats (every 5 s).
        JsonElement store = default;
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(15); await Task.Delay(250))
        {
            store = JsonDocument.Parse(await ops.GetStringAsync("/health")).RootElement.GetProperty("components").GetProperty("store").Clone();
            if (store.GetProperty("replicas").GetArrayLength() == 3)
            {
                break;
            }
        }

        var scrape = await MetricsScrape.FetchAsync(ops);

        Assert.Equal("postgres", store.GetProperty("kind").GetString());
        Assert.Equal("shared postgres, replica r2", store.GetProperty("role").GetString());
        Assert.Equal("r2", store.GetProperty("replica").GetString());
        Assert.Equal(["r1", "r2", "r3"], store.GetProperty("replicas").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("healthy", store.GetProperty("status").GetString());
        Assert.Equal(1, Assert.Single(scrape.Samples, s => s.Name == "alertrouter_build_info" && s.Labels.GetValueOrDefault("replica") == "r2").Value);
    }

    internal static async Task<string> SentByReplicaAsync(ReplicaCluster cluster)
    {
        var parts = new List<string>();
        for (var i = 0; i < cluster.Replicas.Count; i++)
        {
            if (cluster.Replicas[i].Process.HasExited)
            {
                continue;
            }

            using var ops = new HttpClient { BaseAddress = new Uri(cluster.Replicas[i].OpsUrl) };
            var scrape = await MetricsScrape.FetchAsync(ops);
            parts.Add($"{ReplicaCluster.ReplicaId(i)}={scrape.Samples.Where(s => s.Name == "alertrouter_notifications_total").Sum(s => s.Value)}");
        }

        return string.Join(", ", parts);
    }
}
