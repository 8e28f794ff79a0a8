using System.Text.Json;

namespace AlertRouter.TestSupport;

/// <summary>
/// Debian's real Prometheus 2.42 on a loopback port with its own config folder and TSDB. Files (rule files, …) are
/// written next to the config, so <c>rule_files</c> can name them relatively. Queries go through the HTTP API.
/// </summary>
public sealed class PrometheusProcess : IAsyncDisposable
{
    private readonly ManagedProcess _process;
    private readonly HttpClient _http;

    private PrometheusProcess(ManagedProcess process, string dir, string url)
    {
        _process = process;
        Directory = dir;
        Url = url;
        _http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Url { get; }

    public string Directory { get; }

    public string Output => _process.Output;

    /// <param name="configYaml">prometheus.yml.</param>
    /// <param name="files">Further files (name → content) written into the config folder first.</param>
    /// <param name="flags">Extra command-line flags, e.g. <c>--rules.alert.resend-delay=5s</c>.</param>
    public static async Task<PrometheusProcess> StartAsync(string configYaml, IReadOnlyDictionary<string, string>? files = null,
        IEnumerable<string>? flags = null)
    {
        var dir = Tools.TempDir("prom");
        foreach (var (name, content) in files ?? new Dictionary<string, string>())
        {
            await File.WriteAllTextAsync(Path.Combine(dir, name), content);
        }

        var config = Path.Combine(dir, "prometheus.yml");
        await File.WriteAllTextAsync(config, configYaml);
        var port = Tools.FreePort();
        var url = $"http://127.0.0.1:{port}";
        var process = ManagedProcess.Start(Tools.Prometheus,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(dir, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
            $"--web.external-url={url}",
            .. flags ?? [],
        ], dir);
        var prometheus = new PrometheusProcess(process, dir, url);
        try
        {
            await process.WaitForHttpAsync($"{url}/-/ready", TimeSpan.FromSeconds(30));
        }
        catch
        {
            await prometheus.DisposeAsync();
            throw;
        }

        return prometheus;
    }

    /// <summary>An instant query; returns the whole API answer (status, data or errorType/error), whatever its status code.</summary>
    public async Task<JsonElement> QueryAsync(string promql, CancellationToken ct = default)
    {
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("query", promql)]);
        return await ApiAsync(() => _http.PostAsync("/api/v1/query", content, ct), ct);
    }

    /// <summary><c>/api/v1/label/NAME/values?match[]=SELECTOR</c>: what Grafana's <c>label_values(SELECTOR, NAME)</c> lists.</summary>
    public async Task<IReadOnlyList<string>> LabelValuesAsync(string label, string selector, CancellationToken ct = default)
    {
        var json = await ApiAsync(() => _http.GetAsync($"/api/v1/label/{Uri.EscapeDataString(label)}/values?match[]={Uri.EscapeDataString(selector)}", ct), ct);
        return json.GetProperty("status").GetString() == "success"
            ? [.. json.GetProperty("data").EnumerateArray().Select(v => v.GetString() ?? "")]
            : throw new InvalidOperationException($"label values of {label} for {selector}: {json}");
    }

    /// <summary><c>/api/v1/alerts</c>: the active (pending and firing) alerts of every rule.</summary>
    public async Task<JsonElement> AlertsAsync(CancellationToken ct = default) =>
        (await ApiAsync(() => _http.GetAsync("/api/v1/alerts", ct), ct)).GetProperty("data").GetProperty("alerts");

    /// <summary><c>/api/v1/rules</c>: every rule group with each rule's health and last error.</summary>
    public async Task<JsonElement> RulesAsync(CancellationToken ct = default) =>
        (await ApiAsync(() => _http.GetAsync("/api/v1/rules", ct), ct)).GetProperty("data").GetProperty("groups");

    /// <summary><c>/api/v1/targets</c>: active scrape targets with their health and last error.</summary>
    public async Task<JsonElement> TargetsAsync(CancellationToken ct = default) =>
        (await ApiAsync(() => _http.GetAsync("/api/v1/targets?state=active", ct), ct)).GetProperty("data").GetProperty("activeTargets");

    private static async Task<JsonElement> ApiAsync(Func<Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        using var response = await send();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
