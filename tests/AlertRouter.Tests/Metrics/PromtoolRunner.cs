using System.Diagnostics;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

/// <summary>Runs the real <c>promtool check metrics</c> (Debian's, reads stdin): 0 clean, 3 lint findings, 1 parse error.</summary>
internal static class PromtoolRunner
{
    public static async Task<(int ExitCode, string Output, string Errors)> CheckMetricsAsync(string exposition)
    {
        var info = new ProcessStartInfo(Tools.Promtool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("check");
        info.ArgumentList.Add("metrics");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("promtool did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
