using System.Diagnostics;
using System.Globalization;

namespace DeliveryBench;

/// <summary>The Release AlertRouter as a child process on fixed loopback ports, with its own data folder.</summary>
internal sealed class Service : IDisposable
{
    private readonly Process _process;

    private Service(Process process, string api, string ops)
    {
        _process = process;
        Api = new HttpClient { BaseAddress = new Uri(api), Timeout = TimeSpan.FromMinutes(2) };
        Ops = new HttpClient { BaseAddress = new Uri(ops) };
    }

    public HttpClient Api { get; }

    /// <summary>CPU time the service process has used so far (user + system).</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public HttpClient Ops { get; }

    public static async Task<Service> StartAsync(string dll, string dir, int port, params string[] settings)
    {
        var api = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var ops = $"http://127.0.0.1:{(port + 1).ToString(CultureInfo.InvariantCulture)}";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var arg in new[]
        {
            $"--AlertRouter:ApiUrl={api}", $"--AlertRouter:OpsUrl={ops}", $"--AlertRouter:ConfigPaths={Path.Combine(dir, "config")}",
            $"--AlertRouter:Sqlite:Path={Path.Combine(dir, "alertrouter.db")}", "--AlertRouter:ReplicaId=bench", "--Logging:LogLevel:Default=Warning",
        }.Concat(settings))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        var log = File.AppendText(Path.Combine(dir, "alertrouter.log"));
        log.AutoFlush = true;
        process.OutputDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new Service(process, api, ops);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await service.Ops.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"AlertRouter did not become ready; see {dir}/alertrouter.log");
            }

            await Task.Delay(100);
        }
    }

    public async Task<double> MetricAsync(string name, string? labelFilter = null)
    {
        var text = await Ops.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length > name.Length && l[name.Length] is ' ' or '{'))
            .Where(l => labelFilter is null || l.Contains(labelFilter, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        Api.Dispose();
        Ops.Dispose();
    }
}
