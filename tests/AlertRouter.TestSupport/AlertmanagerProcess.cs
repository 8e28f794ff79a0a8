using System.Globalization;

namespace AlertRouter.TestSupport;

/// <summary>
/// Debian's real Alertmanager 0.25 on a loopback port, with its own config and storage, alone or as one peer of an
/// HA cluster gossiping on loopback (<see cref="StartPairAsync"/>). Alerts are pushed with the real amtool.
/// </summary>
public sealed class AlertmanagerProcess : IAsyncDisposable
{
    private readonly ManagedProcess _process;
    private readonly string _dir;

    private AlertmanagerProcess(ManagedProcess process, string dir, string url)
    {
        _process = process;
        _dir = dir;
        Url = url;
    }

    public string Url { get; }

    public string Output => _process.Output;

    /// <summary>The folder holding alertmanager.yml and the storage, removed on dispose.</summary>
    public string ConfigDirectory => _dir;

    /// <summary>Alertmanager's resident memory (VmRSS), for benchmarks.</summary>
    public long ResidentBytes() => _process.ResidentBytes();

    /// <param name="externalUrl">The <c>--web.external-url</c> templates see; by default the listen address.</param>
    public static Task<AlertmanagerProcess> StartAsync(string configYaml, string? externalUrl = null) =>
        StartAsync(configYaml, externalUrl, ["--cluster.listen-address="]);

    /// <summary>
    /// Two peers gossiping on loopback, as users run Alertmanager for HA. <paramref name="peerTimeout"/> is how long
    /// the second peer waits for the first's notification log before sending itself: shorter than the gossip takes,
    /// both send every notification (what a receiver behind an HA pair must absorb).
    /// </summary>
    public static async Task<(AlertmanagerProcess First, AlertmanagerProcess Second)> StartPairAsync(string configYaml, TimeSpan peerTimeout)
    {
        var (first, second) = (Tools.FreePort(), Tools.FreePort());
        string[] Cluster(int own, int peer) =>
        [
            $"--cluster.listen-address=127.0.0.1:{own}", $"--cluster.advertise-address=127.0.0.1:{own}", $"--cluster.peer=127.0.0.1:{peer}",
            $"--cluster.peer-timeout={(int)peerTimeout.TotalMilliseconds}ms", "--cluster.gossip-interval=100ms", "--cluster.pushpull-interval=2s",
            "--cluster.settle-timeout=5s", "--cluster.probe-interval=500ms", "--cluster.reconnect-interval=1s",
        ];
        var a = StartAsync(configYaml, null, Cluster(first, second));
        var b = StartAsync(configYaml, null, Cluster(second, first));
        try
        {
            var pair = (await a, await b);
            await pair.Item1.WaitSettledAsync(2);
            await pair.Item2.WaitSettledAsync(2);
            return pair;
        }
        catch
        {
            foreach (var started in new[] { a, b }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    private static async Task<AlertmanagerProcess> StartAsync(string configYaml, string? externalUrl, string[] cluster)
    {
        var dir = Tools.TempDir("am");
        var config = Path.Combine(dir, "alertmanager.yml");
        await File.WriteAllTextAsync(config, configYaml);
        var port = Tools.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var process = ManagedProcess.Start(Tools.Alertmanager,
        [
            $"--config.file={config}",
            $"--storage.path={Path.Combine(dir, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
            .. cluster,
            $"--web.external-url={externalUrl ?? url}",
            "--log.level=debug",
        ]);
        var am = new AlertmanagerProcess(process, dir, url);
        await process.WaitForHttpAsync($"{url}/-/ready", TimeSpan.FromSeconds(20));
        return am;
    }

    /// <summary>
    /// Waits until this peer's cluster has settled with <paramref name="peers"/> members: before that it holds back
    /// its notifications, which would shift every window of a timed scenario.
    /// </summary>
    public async Task WaitSettledAsync(int peers)
    {
        using var http = new HttpClient();
        var status = "";
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"{Url}/api/v2/status"));
            var cluster = doc.RootElement.GetProperty("cluster");
            status = $"{cluster.GetProperty("status").GetString()} with {cluster.GetProperty("peers").GetArrayLength()} peer(s)";
            if (status == $"ready with {peers} peer(s)")
            {
                return;
            }
        }

        throw new TimeoutException($"Alertmanager {Url} did not settle in 30 s: {status}\n{Output}");
    }

    /// <summary><c>amtool alert add</c>: labels as name=value, optional start/end (end in the past resolves).</summary>
    public async Task AddAlertAsync(IEnumerable<string> labels, DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null,
        IEnumerable<string>? annotations = null)
    {
        var args = new List<string> { "alert", "add", $"--alertmanager.url={Url}" };
        args.AddRange(labels);
        if (startsAt is { } s)
        {
            args.Add("--start=" + s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        if (endsAt is { } e)
        {
            args.Add("--end=" + e.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        foreach (var annotation in annotations ?? [])
        {
            args.Add("--annotation=" + annotation);
        }

        await using var amtool = ManagedProcess.Start(Tools.Amtool, args);
        var code = await amtool.WaitForExitAsync(TimeSpan.FromSeconds(20));
        if (code != 0)
        {
            throw new InvalidOperationException($"amtool alert add failed ({code}): {amtool.Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
