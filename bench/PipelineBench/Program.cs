using System.Diagnostics;
using System.Net.Http.Json;
using AlertRouter.Grouping;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

// Pipeline benchmark (issue 4): 100,000 active alerts in 10,000 groups through the real intake (HTTP), routing,
// grouping and flush decisions, on the default SQLite store.
//   1. load: post 10,000 webhooks of 10 alerts; report resident memory afterwards;
//   2. flush: move the clock past group_wait and flush every group once (claim, plan, queue writes) — wall time;
//   3. sustained: real clock, dispatcher running, new alerts posted as fast as intake takes them for N seconds;
//      report alerts/s and the flush lag left when the load stops (no growing backlog = lag within group_interval).
var groups = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var perGroup = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15;
const string Config = """
    route:
      receiver: hook
      group_by: [alertname, group]
      group_wait: 30s
      group_interval: 5m
    receivers:
      - name: hook
        webhook_configs: [{url: "http://127.0.0.1:9/unused"}]
    """;

// Warm-up on a separate store: the flush path is JIT-compiled once per process (a fifth of the first flush's CPU
// went to the JIT), and a running service flushes all day. The first, cold figure is printed too.
await using (var warm = await PipelineApp.StartAsync(Config))
{
    await PostAsync(warm.App.Api, groups / 2, perGroup, "Warm", warm.Now);
    warm.Time.Advance(TimeSpan.FromSeconds(31));
    var sw = Stopwatch.StartNew();
    var flushed = await FlushAllAsync(warm.App.Services.GetRequiredService<Dispatcher>());

    Console.WriteLine($"warm-up:   {flushed:N0} groups flushed once in {sw.Elapsed.TotalMilliseconds:N0} ms on a fresh process (JIT included)");
}

await using (var app = await PipelineApp.StartAsync(Config))
{
    var sw = Stopwatch.StartNew();
    await PostAsync(app.App.Api, groups, perGroup, "Load", app.Now);
    var load = sw.Elapsed;
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    var rss = ManagedProcess.ResidentBytes(Environment.ProcessId);
    Console.WriteLine($"load:      {groups * perGroup:N0} alerts in {groups:N0} groups posted in {load.TotalSeconds:F1} s ({groups * perGroup / load.TotalSeconds:N0} alerts/s through intake)");
    Console.WriteLine($"memory:    {rss / 1024.0 / 1024:F0} MB resident after load (this benchmark process: host, client and payloads)");

    // Steady state: the running dispatcher keeps its alert cache current from the change feed between flushes.
    var dispatcher = app.App.Services.GetRequiredService<Dispatcher>();
    var owner = Environment.MachineName;
    var before = GC.GetTotalMemory(true);
    await dispatcher.RunBatchAsync(owner, default);
    Console.WriteLine($"cache:     {(GC.GetTotalMemory(true) - before) / 1024.0 / 1024:F0} MB managed for the alert cache of {groups * perGroup:N0} alerts");
    app.Time.Advance(TimeSpan.FromSeconds(31));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    sw.Restart();
    var flushed = await FlushAllAsync(dispatcher);

    var flush = sw.Elapsed;
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    using var pending = await app.App.Api.GetAsync("/api/v1/notifications?state=pending&limit=100000");
    int queued;
    using (var doc = System.Text.Json.JsonDocument.Parse(await pending.Content.ReadAsStringAsync()))
    {
        queued = doc.RootElement.GetArrayLength();
    }

    Console.WriteLine($"flush:     {flushed:N0} groups flushed once in {flush.TotalMilliseconds:N0} ms, {queued:N0} notifications queued, {cpu.TotalMilliseconds:N0} ms CPU (target <= 1000 ms)");
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    Console.WriteLine($"memory:    {ManagedProcess.ResidentBytes(Environment.ProcessId) / 1024.0 / 1024:F0} MB resident after the flush, {GC.GetTotalMemory(true) / 1024.0 / 1024:F0} MB managed heap, {GC.GetGCMemoryInfo().TotalCommittedBytes / 1024.0 / 1024:F0} MB committed by the GC " +
        $"(this benchmark process after a full GC: host with its alert cache, client, and the queue it just read back)");
}

// Sustained: the dispatcher loop on the real clock; group_wait 1s so every new group is due a second later.
await using (var live = await TestApp.StartAsync(Config.Replace("group_wait: 30s", "group_wait: 1s"),
    new Dictionary<string, string> { ["Delivery:Enabled"] = "false" }))
{
    var sw = Stopwatch.StartNew();
    var posted = 0;
    var round = 0;
    while (sw.Elapsed < TimeSpan.FromSeconds(seconds))
    {
        await PostAsync(live.Api, 200, perGroup, $"Live{round++}", DateTimeOffset.UtcNow);
        posted += 200 * perGroup;
    }

    var elapsed = sw.Elapsed;
    var store = live.Services.GetRequiredService<AlertRouter.Store.IGroupStore>();
    var (_, earliest) = await store.StatsAsync(default);
    var lag = earliest is { } at && at < DateTimeOffset.UtcNow ? DateTimeOffset.UtcNow - at : TimeSpan.Zero;
    Console.WriteLine($"sustained: {posted / elapsed.TotalSeconds:N0} alerts/s routed, grouped and decided for {elapsed.TotalSeconds:F0} s; " +
        $"flush lag at the end {lag.TotalMilliseconds:N0} ms (target >= 5,000 alerts/s with lag < group_interval)");
}

// The service as users run it: its own process with the shipped runtime settings (Server GC), holding the same
// alerts after every group flushed once. This is the figure to hold against the target and against Alertmanager:
// the in-process figures above include the benchmark's own client and payloads.
await using (var service = await AlertRouterProcess.StartAsync(Config.Replace("group_wait: 30s", "group_wait: 1s"),
    new Dictionary<string, string> { ["Delivery:Enabled"] = "false" }))
{
    using var api = new HttpClient { BaseAddress = new Uri(service.ApiUrl) };
    using var ops = new HttpClient { BaseAddress = new Uri(service.OpsUrl) };
    await PostAsync(api, groups, perGroup, "Load", DateTimeOffset.UtcNow);
    var sw = Stopwatch.StartNew();
    while ((await MetricsScrape.FetchAsync(ops)).Sum("alertrouter_flushes_total") < groups && sw.Elapsed < TimeSpan.FromMinutes(2))
    {
        await Task.Delay(200);
    }

    await Task.Delay(TimeSpan.FromSeconds(5)); // let the GC settle as it would between flushes
    Console.WriteLine($"service:   {service.Process.ResidentBytes() / 1024.0 / 1024:F0} MB resident in the AlertRouter process holding {groups * perGroup:N0} alerts " +
        $"in {groups:N0} groups, every group flushed once (target <= 300 MB)");
}

// Alertmanager 0.25 holding the same 100,000 alerts (API v2), for its resident memory beside ours.
await using (var am = await AlertmanagerProcess.StartAsync("route: {receiver: r}\nreceivers: [{name: r}]\n"))
{
    using var http = new HttpClient { BaseAddress = new Uri(am.Url) };
    await Parallel.ForEachAsync(Enumerable.Range(0, groups), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (g, ct) =>
    {
        var alerts = Enumerable.Range(0, perGroup).Select(i => new
        {
            labels = new Dictionary<string, string> { ["alertname"] = "Load", ["group"] = $"g{g}", ["instance"] = $"i{i}", ["severity"] = "warning", ["job"] = "node" },
            annotations = new Dictionary<string, string> { ["summary"] = $"instance i{i} of group {g} is unhappy" },
            startsAt = DateTimeOffset.UtcNow.ToString("O"),
        });
        using var response = await http.PostAsJsonAsync("/api/v2/alerts", alerts, ct);
        response.EnsureSuccessStatusCode();
    });
    await Task.Delay(TimeSpan.FromSeconds(5));
    Console.WriteLine($"alertmanager 0.25: {am.ResidentBytes() / 1024.0 / 1024:F0} MB resident holding the same {groups * perGroup:N0} alerts");
}

static async Task PostAsync(HttpClient api, int groups, int perGroup, string name, DateTimeOffset startsAt)
{
    await Parallel.ForEachAsync(Enumerable.Range(0, groups), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (g, ct) =>
    {
        var body = new
        {
            version = "4",
            groupKey = $"{{}}:{{group=\"{g}\"}}",
            status = "firing",
            alerts = Enumerable.Range(0, perGroup).Select(i => new
            {
                status = "firing",
                labels = new Dictionary<string, string> { ["alertname"] = name, ["group"] = $"g{g}", ["instance"] = $"i{i}", ["severity"] = "warning", ["job"] = "node" },
                annotations = new Dictionary<string, string> { ["summary"] = $"instance i{i} of group {g} is unhappy" },
                startsAt = startsAt.ToString("O"),
                endsAt = "0001-01-01T00:00:00Z",
            }),
        };
        using var response = await api.PostAsJsonAsync("/api/v1/alerts", body, ct);
        response.EnsureSuccessStatusCode();
    });
}

// Runs dispatcher batches until nothing is due; returns the number of groups flushed.
static async Task<int> FlushAllAsync(Dispatcher dispatcher)
{
    var flushed = 0;
    int batch;
    while ((batch = await dispatcher.RunBatchAsync(Environment.MachineName, default)) > 0)
    {
        flushed += batch;
    }

    return flushed;
}
