using System.Diagnostics;
using System.Text;
using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>
/// Runs Debian's amtool and AlertRouter's in-process CLI side by side, normalising only what is known to differ:
/// Debian's "--config.file overrides --alertmanager.url" warning, its U+00A0 tree indent and the program name.
/// </summary>
internal static class AmtoolRunner
{
    private static readonly SemaphoreSlim Parallel = new(Math.Max(4, Environment.ProcessorCount * 2));

    public static async Task<ToolRun> AmtoolAsync(params string[] args)
    {
        await Parallel.WaitAsync();
        try
        {
            var info = new ProcessStartInfo(Tools.Amtool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            return Normalise(new ToolRun(await stdout, await stderr, process.ExitCode));
        }
        finally
        {
            Parallel.Release();
        }
    }

    public static async Task<ToolRun> OursAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunToolAsync(args, stdout, stderr);
        return new ToolRun(stdout.ToString(), stderr.ToString(), code);
    }

    private static ToolRun Normalise(ToolRun run)
    {
        var stderr = string.Concat(run.Stderr.Split('\n').Where(l => !l.StartsWith("Warning: --config.file flag overrides", StringComparison.Ordinal))
            .Select(l => l + "\n"))[..^1];
        stderr = stderr.Replace("amtool: error: ", ConfigArguments.ErrorPrefix, StringComparison.Ordinal);
        return run with { Stdout = run.Stdout.Replace('\u00a0', ' '), Stderr = stderr };
    }
}
