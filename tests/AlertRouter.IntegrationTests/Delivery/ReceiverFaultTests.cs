using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Delivery;

/// <summary>
/// Receivers that hang, reset the connection, fail the TLS handshake, drip their answer a byte per second or answer
/// with a 50 MB body, all at once, against the real process: each failure is classified and retried by policy, the
/// body cap keeps the 50 MB out of memory, and meanwhile a healthy receiver gets every notification once, at a rate
/// measured against a run without the faults (the bulkhead).
/// </summary>
public class ReceiverFaultTests(ITestOutputHelper output)
{
    private const int FastGroups = 100;

    private static readonly Misbehaviour[] Faults = [Misbehaviour.Hang, Misbehaviour.Reset, Misbehaviour.TlsHandshake, Misbehaviour.Drip, Misbehaviour.HugeBody];

    [Fact]
    public async Task FaultyReceivers_AllAtOnce_ClassifiedRetriedCappedAndTheHealthyReceiverKeepsItsRate()
    {
        var servers = Faults.ToDictionary(f => f, f => new MisbehavingServer(f));
        await using var fast = await CaptureServer.StartAsync();
        try
        {
            await using var router = await AlertRouterProcess.StartAsync(Config(servers, fast), new Dictionary<string, string>
            {
                ["Delivery:AttemptTimeout"] = "00:00:02",
                ["Delivery:FastRetries"] = "1",
                ["Delivery:InitialBackoff"] = "00:00:01",
                ["Delivery:MaxBackoff"] = "00:00:02",
            });
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var rss = router.Process.ResidentBytes();

            var baseline = await DeliverFastAsync(http, router, fast, 0);
            foreach (var fault in Faults)
            {
                Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(Name(fault), 0))).StatusCode);
            }

            await WaitAsync(() => servers.Values.All(s => s.Connections > 0), "every faulty receiver was tried");
            var underFaults = await DeliverFastAsync(http, router, fast, FastGroups);
            var hungMeanwhile = servers[Misbehaviour.Hang].Connections;

            // Retried by policy: every undeliverable one is tried again after its backoff, with its failure classified.
            var logs = new Dictionary<Misbehaviour, JsonElement>();
            await WaitAsync(async () =>
            {
                foreach (var fault in Faults)
                {
                    logs[fault] = await NotificationAsync(http, router, Name(fault));
                }

                return Faults.Where(f => f != Misbehaviour.HugeBody).All(f => logs[f].GetProperty("attempts").GetInt32() >= 3);
            }, "every faulty receiver's notification was retried");
            var rssAfter = router.Process.ResidentBytes();

            var delivered = fast.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupLabels").GetProperty("i").GetString()!)
                .Concat(servers[Misbehaviour.HugeBody].Bodies.Select(_ => "huge"))
                .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            var accepted = Enumerable.Range(0, 2 * FastGroups).Select(i => i.ToString(CultureInfo.InvariantCulture)).Append("huge").ToList();
            var row = FaultRow.Of("receiver faults", "hang, reset, TLS handshake, 1 B/s drip (retried, never deliverable) + 50 MB body (delivered) + healthy receiver",
                accepted, delivered);
            output.WriteLine(row.ToString());
            output.WriteLine($"healthy receiver: {FastGroups} notifications in {baseline.TotalSeconds:F2} s alone, {underFaults.TotalSeconds:F2} s beside the faults (ratio {underFaults / baseline:F2})");
            output.WriteLine($"50 MB body: {servers[Misbehaviour.HugeBody].BytesSent / 1024.0 / 1024:F1} MB written before AlertRouter hung up; RSS {rss / 1048576} MB before, {rssAfter / 1048576} MB after");
            foreach (var fault in Faults)
            {
                var last = logs[fault].GetProperty("attemptLog").EnumerateArray().Last();
                output.WriteLine($"{Name(fault)}: {logs[fault].GetProperty("state").GetString()}, {logs[fault].GetProperty("attempts").GetInt32()} attempt(s), last {last.GetProperty("outcome").GetString()}/{last.GetProperty("reason")}: {last.GetProperty("error")}");
            }

            Assert.Equal(0, row.Lost);
            Assert.Equal(0, row.Duplicated);
            Assert.True(hungMeanwhile > 0 && servers[Misbehaviour.Hang].Bodies.Count > 0, "the healthy receiver was measured while the hung receiver held a connection");
            Assert.Equal("delivered", logs[Misbehaviour.HugeBody].GetProperty("state").GetString());
            Assert.InRange(servers[Misbehaviour.HugeBody].BytesSent, 0, MisbehavingServer.HugeBodyBytes / 4);
            AssertClassified(logs[Misbehaviour.Hang], "timeout", null);
            AssertClassified(logs[Misbehaviour.Drip], "timeout", null);
            AssertClassified(logs[Misbehaviour.Reset], "network", null);
            AssertClassified(logs[Misbehaviour.TlsHandshake], "network", "TLS handshake failed");
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                server.Dispose();
            }
        }
    }

    private static void AssertClassified(JsonElement notification, string reason, string? error)
    {
        Assert.Contains(notification.GetProperty("state").GetString(), new[] { "pending", "failed", "sending" });
        foreach (var attempt in notification.GetProperty("attemptLog").EnumerateArray())
        {
            Assert.Equal(reason, attempt.GetProperty("reason").GetString());
            if (error is not null)
            {
                Assert.Contains(error, attempt.GetProperty("error").GetString(), StringComparison.Ordinal);
            }
        }
    }

    private static async Task<TimeSpan> DeliverFastAsync(HttpClient http, AlertRouterProcess router, CaptureServer fast, int from)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(from, FastGroups).Select(async i =>
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook("fast", i))).StatusCode)));
        await fast.WaitForAsync(from + FastGroups, TimeSpan.FromSeconds(60));
        return clock.Elapsed;
    }

    private static async Task<JsonElement> NotificationAsync(HttpClient http, AlertRouterProcess router, string receiver)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/notifications?receiver={receiver}"));
        return doc.RootElement.EnumerateArray().Single().Clone();
    }

    private static async Task WaitAsync(Func<bool> done, string what) => await WaitAsync(() => Task.FromResult(done()), what);

    private static async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        for (var clock = Stopwatch.StartNew(); !await done(); await Task.Delay(200))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"not within 90 s: {what}");
            }
        }
    }

    private static string Name(Misbehaviour fault) => fault.ToString().ToLowerInvariant();

    private static string Config(Dictionary<Misbehaviour, MisbehavingServer> servers, CaptureServer fast) => $$"""
        route:
          receiver: fast
          group_by: [kind, i]
          group_wait: 0s
          group_interval: 1h
          repeat_interval: 4h
          routes:
        {{string.Join("\n", Faults.Select(f => $"    - {{matchers: ['kind=\"{Name(f)}\"'], receiver: {Name(f)}}}"))}}
        receivers:
          - {name: fast, webhook_configs: [{url: '{{fast.Url}}/hook'}]}
        {{string.Join("\n", Faults.Select(f => $"  - {{name: {Name(f)}, webhook_configs: [{{url: '{servers[f].Url}'}}]}}"))}}
        """;

    private static StringContent Webhook(string kind, int i) => new($$"""
        {"version":"4","groupKey":"{}:{i=\"{{i}}\"}","status":"firing","receiver":"r","alerts":[
          {"status":"firing","labels":{"alertname":"ReceiverFault","kind":"{{kind}}","i":"{{i}}"},"annotations":{},"startsAt":"2026-12-07T01:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
        """, Encoding.UTF8, "application/json");
}
