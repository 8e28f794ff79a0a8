using AlertRouter.Core;
using AlertRouter.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.TestSupport;

/// <summary>
/// The real service, in-process, on two loopback ports with its own SQLite file and config folder (the shape of
/// TodoApi's TodoApplication, but with real sockets because Alertmanager and browsers must reach it).
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string MinimalConfig = """
        route:
          receiver: default
        receivers:
          - name: default
        """;

    private TestApp(WebApplication app, string dataDir, string configDir)
    {
        App = app;
        DataDir = dataDir;
        ConfigDir = configDir;
        (ApiUrl, OpsUrl) = BoundAddresses.Of(app);
        Api = new HttpClient { BaseAddress = new Uri(ApiUrl) };
        Ops = new HttpClient { BaseAddress = new Uri(OpsUrl) };
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public string ApiUrl { get; }

    public string OpsUrl { get; }

    public HttpClient Api { get; }

    public HttpClient Ops { get; }

    public string DataDir { get; }

    public string ConfigDir { get; }

    /// <param name="config">YAML written to <c>ConfigDir/alertmanager.yml</c>.</param>
    /// <param name="settings">Extra <c>AlertRouter:X</c> settings (keys without the prefix).</param>
    /// <param name="time">A clock to inject instead of the system clock.</param>
    /// <param name="services">Further service overrides.</param>
    public static async Task<TestApp> StartAsync(
        string config = MinimalConfig,
        IReadOnlyDictionary<string, string>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null,
        string? dataDir = null)
    {
        dataDir ??= Tools.TempDir("data");
        var configDir = Path.Combine(dataDir, "config");
        Directory.CreateDirectory(configDir);
        await File.WriteAllTextAsync(Path.Combine(configDir, "alertmanager.yml"), config);

        var all = new Dictionary<string, string>
        {
            ["ApiUrl"] = "http://127.0.0.1:0",
            ["OpsUrl"] = "http://127.0.0.1:0",
            ["ConfigPaths"] = configDir,
            ["Sqlite:Path"] = Path.Combine(dataDir, "alertrouter.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var args = all.Select(kv => $"--AlertRouter:{kv.Key}={kv.Value}").ToArray();
        var app = AlertRouterHost.Build(args, builder =>
        {
            if (time is not null)
            {
                builder.Services.Replace(ServiceDescriptor.Singleton(time));
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new TestApp(app, dataDir, configDir);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Ops.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
