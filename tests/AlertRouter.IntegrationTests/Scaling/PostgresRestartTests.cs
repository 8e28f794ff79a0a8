using System.Diagnostics;
using System.Net;
using AlertRouter.IntegrationTests.Storage.Postgres;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Scaling;

/// <summary>
/// PostgreSQL crashes and comes back (<c>pg_ctl restart -m immediate</c>) under two replicas while webhooks arrive and
/// notifications are being sent: intake answers 503 meanwhile (Alertmanager retries), in-flight outcomes are recorded
/// once the database is back, and both replicas carry on without a restart. 0 lost, 0 duplicates at the sinks.
/// </summary>
[Collection(PostgresCollection.Name)]
public class PostgresRestartTests(PostgresServer server, ITestOutputHelper output)
{
    private const int Groups = 400;

    [Fact]
    public async Task RestartImmediate_DuringIntakeAndDelivery_NothingLostNothingTwiceBothReplicasRecover()
    {
        await using var cluster = await ReplicaCluster.StartAsync(server, 2, TimeSpan.FromMilliseconds(50));
        var posting = cluster.PostAllAsync(Groups, parallel: 4, pause: TimeSpan.FromMilliseconds(10));
        for (var clock = Stopwatch.StartNew(); cluster.Received().Count < 50 && clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(20))
        {
        }

        var restart = Stopwatch.StartNew();
        await server.RestartImmediateAsync();
        var restartedIn = restart.Elapsed;
        var refused = (await posting).ToList();
        var refusedAtFirst = refused.Count;

        // Alertmanager retries what was refused until it is accepted; so does this.
        for (var clock = Stopwatch.StartNew(); refused.Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
        {
            var again = new List<int>();
            foreach (var g in refused)
            {
                if (await cluster.PostAsync(g, 0, 1) == 0)
                {
                    again.Add(g);
                }
            }

            refused = again;
        }

        var accepted = Enumerable.Range(0, Groups).Except(refused).Select(ReplicaCluster.GroupLabel).ToList();
        await cluster.WaitForAsync(Groups, TimeSpan.FromSeconds(90), settle: TimeSpan.FromSeconds(3));
        var received = cluster.ReceivedByGroup();
        var row = FaultRow.Of("PostgreSQL restart", $"pg_ctl restart -m immediate ({restartedIn.TotalSeconds:F1} s) mid-run, 2 replicas, {refusedAtFirst} webhook(s) refused and retried",
            accepted, received);
        output.WriteLine(row.ToString());
        output.WriteLine($"notifications sent by replica: {await HighAvailabilityTests.SentByReplicaAsync(cluster)}");

        using var http = new HttpClient();
        foreach (var replica in cluster.Replicas)
        {
            Assert.False(replica.Process.HasExited);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{replica.OpsUrl}/health/ready")).StatusCode);
        }

        Assert.Empty(refused);
        Assert.Equal(0, row.Lost);
        Assert.Equal(0, row.Duplicated);
        Assert.Equal(Groups, received.Count);
    }
}
