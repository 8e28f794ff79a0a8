using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Intake;

/// <summary>
/// Five times the intake capacity measured a moment earlier, offered for 30 s by an open-loop sender (requests start
/// on schedule whether or not earlier ones were answered): every answer is 202 or 503 with Retry-After, memory stays
/// bounded, every accepted alert is stored, and a webhook is accepted again within seconds of the flood ending.
/// </summary>
[Collection(OverloadCollection.Name)]
public class OverloadTests(ITestOutputHelper output)
{
    private const int Connections = 3000;

    [Fact]
    public async Task Overload_FiveTimesCapacityFor30Seconds_Only202Or503NothingLostBackToNormal()
    {
        await using var router = await AlertRouterProcess.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { Timeout = TimeSpan.FromSeconds(60) };
        var accepted = new ConcurrentBag<int>();
        var statuses = new ConcurrentDictionary<string, int>();
        var next = 0;

        async Task PostAsync()
        {
            var i = Interlocked.Increment(ref next);
            string status;
            try
            {
                using var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(i));
                status = response.StatusCode switch
                {
                    HttpStatusCode.Accepted => "202",
                    HttpStatusCode.ServiceUnavailable when response.Headers.RetryAfter is not null => "503+Retry-After",
                    _ => $"{(int)response.StatusCode}",
                };
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = e.GetType().Name;
            }

            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status == "202")
            {
                accepted.Add(i);
            }
        }

        // Capacity: as many webhooks as 32 senders get accepted back to back in 5 s.
        var measuring = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (measuring.Elapsed < TimeSpan.FromSeconds(5))
            {
                await PostAsync();
            }
        }));
        var capacity = accepted.Count / measuring.Elapsed.TotalSeconds;
        var rssBefore = router.Process.ResidentBytes();
        statuses.Clear();

        var offered = 5 * capacity;
        var inFlight = new ConcurrentDictionary<Task, byte>();
        var started = 0;
        var skipped = 0;
        var rssMax = rssBefore;
        for (var flood = Stopwatch.StartNew(); flood.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(10))
        {
            for (var due = (int)(offered * flood.Elapsed.TotalSeconds); started < due; started++)
            {
                if (inFlight.Count >= Connections)
                {
                    skipped++; // more outstanding than the client has sockets: the flood is at least this big
                    continue;
                }

                var task = PostAsync();
                inFlight[task] = 0;
                _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
            }

            rssMax = Math.Max(rssMax, router.Process.ResidentBytes());
        }

        await Task.WhenAll(inFlight.Keys);
        var recovery = Stopwatch.StartNew();
        var after = HttpStatusCode.ServiceUnavailable;
        while (after != HttpStatusCode.Accepted && recovery.Elapsed < TimeSpan.FromSeconds(120))
        {
            // While the backlog drains on a busy machine a probe may wait behind it; that counts as not yet recovered.
            using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                using var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(-1), probe.Token);
                after = response.StatusCode;
            }
            catch (OperationCanceledException) when (probe.IsCancellationRequested)
            {
                after = HttpStatusCode.RequestTimeout;
            }

            await Task.Delay(after == HttpStatusCode.Accepted ? 0 : 100);
        }

        var stored = await StoredAsync(http, router);
        var lost = accepted.Count(i => !stored.Contains(i));
        var row = new FaultRow("overload", $"open loop at 5x measured capacity ({offered:F0}/s for 30 s, {started} offered, {skipped} beyond {Connections} sockets)",
            accepted.Count, accepted.Count - lost, lost, 0);
        output.WriteLine(row.ToString());
        output.WriteLine($"capacity {capacity:F0} webhooks/s; flood answers: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        output.WriteLine($"RSS {rssBefore / 1048576} MB before the flood, at most {rssMax / 1048576} MB during it; accepting again {recovery.Elapsed.TotalSeconds:F1} s after it ended");

        Assert.All(statuses.Keys, s => Assert.True(s is "202" or "503+Retry-After", s));
        Assert.Equal(HttpStatusCode.Accepted, after);
        Assert.Equal(0, lost);
        Assert.InRange(rssMax, 0, 1024L * 1024 * 1024);
    }

    private static async Task<HashSet<int>> StoredAsync(HttpClient http, AlertRouterProcess router)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/alerts?limit=1000000"));
        return [.. doc.RootElement.EnumerateArray().Select(a => int.Parse(a.GetProperty("labels").GetProperty("i").GetString()!, CultureInfo.InvariantCulture))];
    }

    private static StringContent Webhook(int i) => new($$"""
        {"version":"4","groupKey":"{}:{}","status":"firing","receiver":"r","alerts":[
          {"status":"firing","labels":{"alertname":"Overload","i":"{{i}}"},"annotations":{},"startsAt":"2026-12-07T01:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
        """, Encoding.UTF8, "application/json");
}
