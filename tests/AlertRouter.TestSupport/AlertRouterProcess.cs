namespace AlertRouter.TestSupport;

/// <summary>
/// AlertRouter as a real child process (the same binary users run), for crash and signal tests. Its data and config
/// folders outlive the process so a restart finds the same store.
/// </summary>
public sealed class AlertRouterProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;

    private AlertRouterProcess(string dataDir, Dictionary<string, string> settings, ManagedProcess process, int apiPort, int opsPort)
    {
        DataDir = dataDir;
        _settings = settings;
        Process = process;
        ApiUrl = $"http://127.0.0.1:{apiPort}";
        OpsUrl = $"http://127.0.0.1:{opsPort}";
    }

    public string DataDir { get; }

    public ManagedProcess Process { get; private set; }

    public string ApiUrl { get; }

    public string OpsUrl { get; }

    public static async Task<AlertRouterProcess> StartAsync(string config = TestApp.MinimalConfig,
        IReadOnlyDictionary<string, string>? settings = null, string? dataDir = null)
    {
        dataDir ??= Tools.TempDir("proc");
        var configDir = Path.Combine(dataDir, "config");
        Directory.CreateDirectory(configDir);
        await File.WriteAllTextAsync(Path.Combine(configDir, "alertmanager.yml"), config);
        var apiPort = Tools.FreePort();
        var opsPort = Tools.FreePort();
        var all = new Dictionary<string, string>
        {
            ["ApiUrl"] = $"http://127.0.0.1:{apiPort}",
            ["OpsUrl"] = $"http://127.0.0.1:{opsPort}",
            ["ConfigPaths"] = configDir,
            ["Sqlite:Path"] = Path.Combine(dataDir, "alertrouter.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var process = Launch(dataDir, all);
        var router = new AlertRouterProcess(dataDir, all, process, apiPort, opsPort);
        try
        {
            await router.WaitReadyAsync();
        }
        catch
        {
            await router.DisposeAsync(); // a process that never became ready must not outlive the test
            throw;
        }

        return router;
    }

    /// <summary>Starts the process again on the same ports, data and config (after a kill or exit), optionally with changed settings.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string>? changes = null)
    {
        await Process.DisposeAsync();
        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        Process = Launch(DataDir, _settings);
        await WaitReadyAsync();
    }

    // Generous: on a loaded 2-core machine (parallel builds, load average 30+) a cold start alone can take half a minute.
    public Task WaitReadyAsync() => Process.WaitForHttpAsync($"{OpsUrl}/health/ready", TimeSpan.FromSeconds(90));

    private static ManagedProcess Launch(string dataDir, IReadOnlyDictionary<string, string> settings) =>
        ManagedProcess.Start("dotnet",
            new[] { Path.Combine(AppContext.BaseDirectory, "AlertRouter.dll") }
                .Concat(settings.Select(kv => $"--AlertRouter:{kv.Key}={kv.Value}")),
            workingDirectory: dataDir);

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
