using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;
using Xunit.Abstractions;

namespace AlertRouter.IntegrationTests.Storage.Sqlite;

/// <summary>
/// The disk under the SQLite store fills up (a real size-limited tmpfs, filled to the last block): intake answers 503
/// with Retry-After and never 202 for what it could not commit, health says why, and once space returns everything
/// accepted before, during and after is delivered once.
/// </summary>
public class DiskFullTests(ITestOutputHelper output)
{
    private const string Config = """
        route:
          receiver: sink
          group_by: [i]
          group_wait: 1s
          group_interval: 1m
          repeat_interval: 1h
        receivers:
          - name: sink
            webhook_configs: [{url: SINK}]
        """;

    // Large annotations so each webhook needs fresh pages in the WAL: a full disk shows on the first few writes.
    private static readonly string Padding = new('x', 2048);

    [Fact]
    public async Task DiskFull_DuringIntake_503WithRetryAfterHealthSaysWhyAndEverythingAcceptedIsDeliveredOnce()
    {
        await using var disk = await TmpfsMount.CreateAsync("diskfull", 16);
        await using var sink = await CaptureServer.StartAsync();
        await using var router = await AlertRouterProcess.StartAsync(Config.Replace("SINK", sink.Url, StringComparison.Ordinal), dataDir: disk.Path);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var accepted = new ConcurrentDictionary<string, byte>();
        var refused = new List<string>();
        var statuses = new List<string>();

        for (var i = 0; i < 50; i++)
        {
            await PostAsync(http, router, i, accepted, refused, statuses);
        }

        var filler = disk.Fill();
        var next = 1000;
        for (var clock = Stopwatch.StartNew(); refused.Count < 20 && clock.Elapsed < TimeSpan.FromSeconds(60); next++)
        {
            await PostAsync(http, router, next, accepted, refused, statuses);
        }

        using var health = JsonDocument.Parse(await (await http.GetAsync($"{router.OpsUrl}/health")).Content.ReadAsStringAsync());
        var issues = health.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetString()!).ToList();

        File.Delete(filler);
        var retry = refused.ToList();
        refused.Clear();
        for (var clock = Stopwatch.StartNew(); retry.Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
        {
            // Alertmanager retries a 503 until it is accepted; so does this.
            var again = new List<string>();
            foreach (var key in retry)
            {
                await PostAsync(http, router, int.Parse(key, System.Globalization.CultureInfo.InvariantCulture), accepted, again, statuses);
            }

            retry = again;
        }

        var delivered = await DeliveredAsync(sink, accepted.Keys, TimeSpan.FromSeconds(90));
        var row = FaultRow.Of("disk full (SQLite)", $"16 MB tmpfs filled after 50 webhooks, {next - 1000} posted while full, then freed",
            [.. accepted.Keys], delivered);
        output.WriteLine(row.ToString());
        output.WriteLine($"statuses: {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key} x{g.Count()}"))}; health issues while full: {string.Join("; ", issues)}");

        Assert.All(statuses, s => Assert.True(s is "202" or "503+Retry-After", s));
        Assert.Contains("503+Retry-After", statuses);
        Assert.Contains(issues, i => i.StartsWith("store: writes are failing", StringComparison.Ordinal) && i.Contains("full", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(retry);
        Assert.Equal(0, row.Lost);
        Assert.Equal(0, row.Duplicated);
    }

    private static async Task PostAsync(HttpClient http, AlertRouterProcess router, int i, ConcurrentDictionary<string, byte> accepted,
        List<string> refused, List<string> statuses)
    {
        using var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(i));
        var key = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            accepted[key] = 0;
            statuses.Add("202");
            return;
        }

        refused.Add(key);
        statuses.Add(response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null
            ? "503+Retry-After"
            : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static StringContent Webhook(int i) => new($$"""
        {"version":"4","groupKey":"{}:{i=\"{{i}}\"}","status":"firing","receiver":"sink","alerts":[
          {"status":"firing","labels":{"alertname":"DiskFull","i":"{{i}}","n":"1"},"annotations":{"pad":"{{Padding}}"},"startsAt":"2026-12-07T01:00:00Z","endsAt":"0001-01-01T00:00:00Z"},
          {"status":"firing","labels":{"alertname":"DiskFull","i":"{{i}}","n":"2"},"annotations":{"pad":"{{Padding}}"},"startsAt":"2026-12-07T01:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
        """, Encoding.UTF8, "application/json");

    /// <summary>Waits until every key reached the sink (then a little longer, for late duplicates); notifications per key.</summary>
    internal static async Task<Dictionary<string, int>> DeliveredAsync(CaptureServer sink, ICollection<string> keys, TimeSpan timeout)
    {
        var counts = new Dictionary<string, int>();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < timeout; await Task.Delay(250))
        {
            counts = Count(sink);
            if (keys.All(counts.ContainsKey))
            {
                break;
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        return Count(sink);
    }

    private static Dictionary<string, int> Count(CaptureServer sink) =>
        sink.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupLabels").GetProperty("i").GetString()!)
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
}
