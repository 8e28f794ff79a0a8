using System.Diagnostics;
using System.Globalization;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Fuzz;

/// <summary>
/// The short CI run of <c>bench/fuzz.sh</c>: every fuzz target under afl-fuzz for a few seconds. Any crash, hang or
/// broken property afl-fuzz finds fails it (the script prints the finding and its exception), and so does a target
/// that ran no input.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzScriptTests
{
    private const int SecondsPerTarget = 5;

    [Fact]
    public async Task FuzzScript_EveryTargetForAFewSeconds_FindsNothing()
    {
        Tools.Require("afl-fuzz");

        // Niced: the unit tests may still be running beside it.
        var info = new ProcessStartInfo("nice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Tools.RepoRoot,
        };
        foreach (var arg in new[] { "-n", "10", "bash", Path.Combine(Tools.RepoRoot, "bench", "fuzz.sh"), SecondsPerTarget.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["FUZZ_OUT"] = Tools.TempDir("fuzz");

        // CI machines are slow and shared: only an input still running after 15 s counts as a hang here.
        info.Environment["FUZZ_HANG_MS"] = "15000";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, output);
        var rows = output.Split('\n').SkipWhile(l => !l.StartsWith("target ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("fuzz.sh:", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.True(rows.Count >= 7, output);
        Assert.All(rows, row => Assert.True(long.Parse(row[2], CultureInfo.InvariantCulture) > 0, $"{row[0]} ran no input:\n{output}"));
    }
}
