using System.Diagnostics;
using System.Globalization;
using AlertRouter.IntegrationTests.Storage.Postgres;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Scaling;

/// <summary>
/// kill -9 of one replica in the middle of a run, while it holds group leases (flushes in progress) and delivery
/// leases (sends in progress): the others take its work over once the leases run out. Nothing is lost; what can be
/// sent twice is exactly what it was sending when it died (the at-least-once window), and no more.
/// </summary>
[Collection(PostgresCollection.Name)]
public class FailoverTests(PostgresServer server, ITestOutputHelper output)
{
    private const int Groups = 500;
    private const int Victim = 1;

    [Fact]
    public async Task KillHard_ReplicaHoldingLeases_NothingMissingAndDuplicatesWithinWhatWasInFlight()
    {
        await using var cluster = await ReplicaCluster.StartAsync(server, 3, TimeSpan.FromMilliseconds(250), new Dictionary<string, string>
        {
            ["Dispatcher:LeaseDuration"] = "00:00:02",
            ["Dispatcher:BatchSize"] = "10",
            ["Delivery:LeaseDuration"] = "00:00:03",
        });
        var clock = Stopwatch.StartNew();
        var posting = cluster.PostAllAsync(Groups, parallel: 4, pause: TimeSpan.FromMilliseconds(10));

        var (groupLeases, inFlight) = await KillWhileHoldingLeasesAsync(cluster);
        var killedAt = clock.Elapsed;
        var refused = await posting;
        await WaitUntilQueueEmptyAsync(cluster, TimeSpan.FromSeconds(90));
        var received = await cluster.WaitForAsync(Groups, TimeSpan.FromSeconds(30), settle: TimeSpan.FromSeconds(1));

        var missing = Groups - received.Count;
        var duplicates = received.Values.Sum(n => n - 1);
        output.WriteLine($"killed {ReplicaCluster.ReplicaId(Victim)} at {killedAt.TotalSeconds:F1} s holding {groupLeases} group lease(s) and {inFlight} delivery lease(s)");
        output.WriteLine($"after {clock.Elapsed.TotalSeconds:F1} s: {received.Count} of {Groups} groups notified, {missing} missing, {duplicates} duplicate(s) (bound: {inFlight} in flight)");
        output.WriteLine($"notifications sent by surviving replica: {await HighAvailabilityTests.SentByReplicaAsync(cluster)}");
        Assert.Empty(refused);
        Assert.Equal(0, missing);
        Assert.InRange(duplicates, 0, inFlight);
    }

    // Polls until the victim holds both kinds of lease, freezes it (SIGSTOP) to check that it still does, then kills it.
    private static async Task<(long GroupLeases, long InFlight)> KillWhileHoldingLeasesAsync(ReplicaCluster cluster)
    {
        var victim = cluster.Replicas[Victim].Process;
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(5))
        {
            var (groups, sending) = await LeasesAsync(cluster);
            if (groups == 0 || sending == 0)
            {
                continue;
            }

            await SignalAsync(victim.Id, "STOP");
            (groups, sending) = await LeasesAsync(cluster);
            if (groups > 0 && sending > 0)
            {
                victim.KillHard();
                return (groups, sending);
            }

            await SignalAsync(victim.Id, "CONT");
        }

        throw new TimeoutException("the victim never held group and delivery leases at once");
    }

    private static async Task<(long Groups, long Sending)> LeasesAsync(ReplicaCluster cluster)
    {
        var id = ReplicaCluster.ReplicaId(Victim);
        return (await cluster.ScalarAsync("SELECT count(*) FROM groups WHERE lease_owner = @id AND lease_until > @now", ("id", id), ("now", DateTimeOffset.UtcNow.UtcTicks)),
                await cluster.ScalarAsync("SELECT count(*) FROM notifications WHERE lease_owner = @id AND state = 'sending'", ("id", id)));
    }

    private static async Task WaitUntilQueueEmptyAsync(ReplicaCluster cluster, TimeSpan timeout)
    {
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < timeout; await Task.Delay(200))
        {
            if (await cluster.ScalarAsync("SELECT count(*) FROM groups WHERE last_flush_at = 0") == 0 &&
                await cluster.ScalarAsync("SELECT count(*) FROM notifications WHERE state IN ('pending', 'failed', 'sending')") == 0)
            {
                return;
            }
        }
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }
}
