using System.Globalization;

namespace AlertRouter.TestSupport;

/// <summary>
/// Debian's real Alertmanager 0.25 on a loopback port, with its own config and storage, no clustering. Alerts are
/// pushed with the real amtool.
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
    public static async Task<AlertmanagerProcess> StartAsync(string configYaml, string? externalUrl = null)
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
            "--cluster.listen-address=",
            $"--web.external-url={externalUrl ?? url}",
            "--log.level=debug",
        ]);
        var am = new AlertmanagerProcess(process, dir, url);
        await process.WaitForHttpAsync($"{url}/-/ready", TimeSpan.FromSeconds(20));
        return am;
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
