using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DeliveryBench;

// Usage: DeliveryBench ALERTROUTER_DLL WORK_DIR [drain_count] [live_count] [live_rate_per_s] [--AlertRouter:X=Y ...]
var dll = Path.GetFullPath(args[0]);
var work = Path.GetFullPath(args[1]);
var numbers = args.Skip(2).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var drainCount = numbers.ElementAtOrDefault(0) is > 0 and var d ? d : 20_000;
var liveCount = numbers.ElementAtOrDefault(1) is > 0 and var l ? l : 5_000;
var liveRate = numbers.ElementAtOrDefault(2) is > 0 and var r ? r : 500;
var extra = args.Where(a => a.StartsWith("--AlertRouter:", StringComparison.Ordinal)).ToArray();

await using var sink = await Sink.StartAsync();
Console.WriteLine($"delivery benchmark: webhook sink {sink.Url}, cores {Environment.ProcessorCount} (shared by AlertRouter, the sink and the driver), " +
    $"SQLite synchronous=FULL{(extra.Length > 0 ? ", " + string.Join(' ', extra) : "")}");
Console.WriteLine($"machine load average at start: {Load()} (other work on the machine competes for the same cores)");

// 1. Throughput: a queue of drainCount notifications is built with delivery off, then a replica that only delivers
//    drains it. Every notification's completion (attempt row, state, nflog) is a durable SQLite write.
var dir = Prepare(work, "drain", sink.Url);
using (var service = await Service.StartAsync(dll, dir, 18280, [.. extra, "--AlertRouter:Delivery:Enabled=false"]))
{
    await PostAsync(service, drainCount, "Drain", ratePerSecond: 0);
    await WaitAsync(async () => await service.MetricAsync("alertrouter_flushes_total") >= drainCount, TimeSpan.FromMinutes(5), "flushes");
}

using (var service = await Service.StartAsync(dll, dir, 18290, [.. extra, "--AlertRouter:Dispatcher:Enabled=false"]))
{
    var started = Stopwatch.StartNew();
    var cpu = service.Cpu;
    await WaitAsync(() => Task.FromResult(sink.Count >= drainCount), TimeSpan.FromMinutes(10), "sink");
    cpu = service.Cpu - cpu;
    var sent = started.Elapsed;
    await WaitAsync(async () => await EmptyAsync(service), TimeSpan.FromMinutes(1), "durable completion");
    var durable = started.Elapsed;
    var arrivals = sink.Received.Select(x => x.At).Order().ToList();
    var failed = await service.MetricAsync("alertrouter_notifications_failed_total");
    var duplicates = sink.Count - sink.Received.Select(x => x.GroupKey).Distinct().Count();
    Console.WriteLine();
    Console.WriteLine($"== drain: {drainCount} queued notifications, one webhook receiver");
    var half = arrivals.Count / 2;
    var warm = (arrivals.Count - half) / (arrivals[^1] - arrivals[half]).TotalSeconds;
    Console.WriteLine($"first→last arrival at the sink : {drainCount / (arrivals[^1] - arrivals[0]).TotalSeconds,8:0} notifications/s");
    Console.WriteLine($"second half (JIT warmed up)    : {warm,8:0} notifications/s");
    Console.WriteLine($"replica start→all durable      : {drainCount / durable.TotalSeconds,8:0} notifications/s " +
        $"({durable.TotalSeconds:0.00}s incl. {sent.TotalSeconds:0.00}s to the last arrival)");
    Console.WriteLine($"AlertRouter CPU                 : {cpu.TotalMilliseconds * 1000 / drainCount,8:0} µs per notification ({cpu.TotalSeconds / sent.TotalSeconds:0.00} cores busy)");
    Console.WriteLine($"load average                   : {Load()}");
    Console.WriteLine($"failed {failed}, duplicates at the sink {duplicates}; target >= 2000/s (warm): {(warm >= 2000 ? "met" : "NOT met")}");
}

// 2. Latency: the live pipeline (intake → flush → queue → sink), alerts posted at a steady rate, then in one burst.
//    Decision = the notification's createdAt (the flush that queued it); arrival = the sink's clock.
foreach (var (name, rate) in new[] { ("steady", liveRate), ("burst", 0) })
{
    sink.Clear();
    dir = Prepare(work, name, sink.Url);
    using var service = await Service.StartAsync(dll, dir, name == "steady" ? 18300 : 18310, extra);
    var clock = Stopwatch.StartNew();
    await PostAsync(service, liveCount, name, rate);
    await WaitAsync(() => Task.FromResult(sink.Count >= liveCount), TimeSpan.FromMinutes(10), "sink");
    var took = clock.Elapsed;
    await WaitAsync(async () => await EmptyAsync(service), TimeSpan.FromMinutes(1), "durable completion");
    var created = await CreatedAtAsync(service);
    var latencies = sink.Received.Select(x => (x.At - created[x.GroupKey]).TotalMilliseconds).Order().ToArray();
    Console.WriteLine();
    Console.WriteLine(rate > 0
        ? $"== live, steady: {liveCount} alert groups posted at {rate}/s (group_wait 0s)"
        : $"== live, burst: {liveCount} alert groups posted at once (group_wait 0s)");
    Console.WriteLine($"throughput (post start→last arrival) : {liveCount / took.TotalSeconds,8:0} notifications/s");
    Console.WriteLine($"decision→sink latency ms             : p50 {P(latencies, 0.50),7:0.0}  p90 {P(latencies, 0.90),7:0.0}  " +
        $"p99 {P(latencies, 0.99),7:0.0}  max {latencies[^1],7:0.0}");
    Console.WriteLine($"load average                         : {Load()}");
}

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string Prepare(string work, string name, string sinkUrl)
{
    var dir = Path.Combine(work, name);
    if (Directory.Exists(dir))
    {
        Directory.Delete(dir, recursive: true);
    }

    Directory.CreateDirectory(Path.Combine(dir, "config"));
    File.WriteAllText(Path.Combine(dir, "config", "alertmanager.yml"), $"""
        route: {"{"}receiver: bench, group_by: [alertname], group_wait: 0s, group_interval: 1h, repeat_interval: 24h{"}"}
        receivers: [{"{"}name: bench, webhook_configs: [{"{"}url: '{sinkUrl}/hook'{"}"}]{"}"}]
        """);
    return dir;
}

// Webhooks of up to 100 alerts, each alert its own group; ratePerSecond 0 = as fast as 4 connections go.
static async Task PostAsync(Service service, int count, string prefix, int ratePerSecond)
{
    var batch = ratePerSecond > 0 ? Math.Max(1, ratePerSecond / 100) : 100;
    var tick = ratePerSecond > 0 ? TimeSpan.FromSeconds((double)batch / ratePerSecond) : TimeSpan.Zero;
    var clock = Stopwatch.StartNew();
    var chunks = Enumerable.Range(0, (count + batch - 1) / batch).Select(i => Enumerable.Range(i * batch, Math.Min(batch, count - (i * batch))).ToArray()).ToList();
    await Parallel.ForEachAsync(chunks.Select((c, i) => (c, i)), new ParallelOptions { MaxDegreeOfParallelism = ratePerSecond > 0 ? 8 : 4 }, async (item, ct) =>
    {
        if (tick > TimeSpan.Zero && tick * item.i - clock.Elapsed is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, ct);
        }

        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var alerts = string.Join(",", item.c.Select(n =>
            $$"""{"status":"firing","labels":{"alertname":"{{prefix}}{{n}}","service":"bench","severity":"warning"},"annotations":{"summary":"bench {{n}}"},"startsAt":"{{now}}","endsAt":"0001-01-01T00:00:00Z","generatorURL":""}"""));
        var body = $$"""{"version":"4","status":"firing","receiver":"am","groupKey":"{}:{}","alerts":[{{alerts}}]}""";
        using var response = await service.Api.PostAsync("/api/v1/alerts", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        if ((int)response.StatusCode != 202)
        {
            throw new InvalidOperationException($"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    });
}

static async Task<bool> EmptyAsync(Service service)
{
    foreach (var state in new[] { "pending", "sending", "failed" })
    {
        using var doc = JsonDocument.Parse(await service.Api.GetStringAsync($"/api/v1/notifications?state={state}&limit=1"));
        if (doc.RootElement.GetArrayLength() > 0)
        {
            return false;
        }
    }

    return true;
}

static async Task<Dictionary<string, DateTimeOffset>> CreatedAtAsync(Service service)
{
    using var doc = JsonDocument.Parse(await service.Api.GetStringAsync("/api/v1/notifications?state=delivered&limit=10000"));
    return doc.RootElement.EnumerateArray().ToDictionary(n => n.GetProperty("groupKey").GetString()!, n => n.GetProperty("createdAt").GetDateTimeOffset());
}

static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
{
    var clock = Stopwatch.StartNew();
    while (!await done())
    {
        if (clock.Elapsed > timeout)
        {
            throw new TimeoutException($"timed out waiting for {what}");
        }

        await Task.Delay(20);
    }
}

static double P(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
