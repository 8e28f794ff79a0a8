using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AlertRouter.Config;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Config;

public class HotReloadTests
{
    private static readonly Dictionary<string, string> DbAlert = new() { ["team"] = "db", ["alertname"] = "Disk" };

    private static string Config(string dbReceiver) => $"""
        route:
          receiver: default
          routes:
            - matchers: ['team="db"']
              receiver: {dbReceiver}
        receivers:
          - name: default
          - name: db
          - name: db-pager
        """;

    [Fact]
    public async Task FileEdit_BadThenGood_KeepsOldRoutingThenSwapsWithin2s()
    {
        await using var app = await TestApp.StartAsync(Config("db"));
        var file = Path.Combine(app.ConfigDir, "alertmanager.yml");
        Assert.Equal("db", await ConfigApi.ReceiversAsync(app.Api, DbAlert));

        await File.WriteAllTextAsync(file, Config("db-pager") + "\n  - name: broken\n    webhook_configs: [{}]\n");
        var degraded = await WaitAsync(
            async () => (await ConfigApi.HealthComponentAsync(app.Ops)).GetProperty("issues").ToString().Contains("url_file", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));

        Assert.True(degraded, "a bad edit must put config health into degraded with its errors");
        Assert.Equal("degraded", (await ConfigApi.HealthComponentAsync(app.Ops)).GetProperty("status").GetString());
        Assert.Equal("db", await ConfigApi.ReceiversAsync(app.Api, DbAlert));
        var issues = (await ConfigApi.HealthComponentAsync(app.Ops)).GetProperty("issues").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Contains(issues, i => i!.Contains("one of url or url_file must be configured", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await app.Ops.GetAsync("/health/ready")).StatusCode);

        var edited = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, Config("db-pager"));
        var swapped = await WaitAsync(async () => await ConfigApi.ReceiversAsync(app.Api, DbAlert) == "db-pager", TimeSpan.FromSeconds(2));

        Assert.True(swapped, $"the good edit was not serving after {edited.Elapsed}");
        Assert.Equal("healthy", (await ConfigApi.HealthComponentAsync(app.Ops)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReloadEndpoint_InvalidConfig_Returns400WithEveryError()
    {
        await using var app = await TestApp.StartAsync(Config("db"), settings: new Dictionary<string, string> { ["ConfigReloadDebounce"] = "01:00:00" });
        await File.WriteAllTextAsync(Path.Combine(app.ConfigDir, "alertmanager.yml"), "route:\n  receiver: nope\n  foo: 1\nreceivers: [{name: d}]\n");

        using var response = await app.Api.PostAsync("/-/reload", null);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, problem.GetProperty("errors").GetArrayLength());
        Assert.Equal("db", await ConfigApi.ReceiversAsync(app.Api, DbAlert));
    }

    [Fact]
    public async Task ReloadEndpoint_AdminToken_RequiredWhenConfigured()
    {
        await using var app = await TestApp.StartAsync(Config("db"), settings: new Dictionary<string, string> { ["Api:AdminToken"] = "t0ken" });

        using var anonymous = await app.Api.PostAsync("/-/reload", null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/-/reload") { Headers = { { "Authorization", "Bearer t0ken" } } };
        using var authorized = await app.Api.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
    }

    [Fact]
    public async Task Startup_InvalidConfig_RefusesToStartWithEveryError()
    {
        var error = await Assert.ThrowsAsync<ConfigException>(() => TestApp.StartAsync("route:\n  receiver: nope\n  foo: 1\n"));

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public async Task Sighup_ReloadsTheRealBinary()
    {
        var dir = Tools.TempDir("sighup");
        var file = Path.Combine(dir, "alertmanager.yml");
        await File.WriteAllTextAsync(file, Config("db"));
        var apiPort = Tools.FreePort();
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        await using var process = ManagedProcess.Start(dotnet,
        [
            Path.Combine(AppContext.BaseDirectory, "AlertRouter.dll"), $"--AlertRouter:ApiUrl=http://127.0.0.1:{apiPort}",
            $"--AlertRouter:OpsUrl=http://127.0.0.1:{Tools.FreePort()}", $"--AlertRouter:ConfigPaths={dir}",
            "--AlertRouter:ConfigReloadDebounce=01:00:00", $"--AlertRouter:Sqlite:Path={Path.Combine(dir, "ar.db")}",
        ], dir);
        await process.WaitForHttpAsync($"http://127.0.0.1:{apiPort}/api/v1/config", TimeSpan.FromSeconds(30));
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };

        await File.WriteAllTextAsync(file, Config("db-pager"));
        await Task.Delay(500);
        var beforeSignal = await ConfigApi.ReceiversAsync(api, DbAlert);
        using (var kill = Process.Start("kill", ["-HUP", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var reloaded = await WaitAsync(async () => await ConfigApi.ReceiversAsync(api, DbAlert) == "db-pager", TimeSpan.FromSeconds(5));

        Assert.Equal("db", beforeSignal);
        Assert.True(reloaded, process.Output);
        Assert.False(process.HasExited);
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
