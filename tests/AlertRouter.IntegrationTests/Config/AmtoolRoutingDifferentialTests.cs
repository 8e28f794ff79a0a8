using System.Text;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>
/// Differential test against Debian's amtool 0.25: generated configs and label sets must give byte-identical
/// <c>routes test</c> (plain, <c>--tree</c>, <c>--verify.receivers</c>) and <c>routes show</c> output and exit codes.
/// </summary>
public class AmtoolRoutingDifferentialTests
{
    private const int Configs = 70;
    private const int LabelSetsPerConfig = 9;

    [Fact]
    public async Task RoutesTest_GeneratedCases_MatchAmtool()
    {
        var dir = Tools.TempDir("diff");
        var generator = new RoutingCaseGenerator(seed: 20260422);
        var cases = new List<string[]>();
        var shows = new List<string[]>();
        for (var c = 0; c < Configs; c++)
        {
            var path = Path.Combine(dir, $"c{c:000}.yml");
            await File.WriteAllTextAsync(path, generator.Config());
            shows.Add(["config", "routes", "show", $"--config.file={path}"]);
            for (var l = 0; l < LabelSetsPerConfig; l++)
            {
                var args = new List<string> { "config", "routes", "test", $"--config.file={path}" };
                if (generator.Chance(4))
                {
                    args.Add("--tree");
                }

                if (generator.Chance(6))
                {
                    args.Add("--verify.receivers=" + string.Join(',', Enumerable.Range(0, 1 + (generator.Chance(2) ? 1 : 0)).Select(_ => generator.Pick(RoutingCaseGenerator.Receivers))));
                }

                args.AddRange(generator.Labels());
                cases.Add([.. args]);
            }
        }

        var (mismatches, amtool) = await CompareAsync(cases.Concat(shows).ToList());

        // The corpus must exercise what it claims to: successes, fan-out to several receivers, and rejected labels.
        var tests = amtool.Take(cases.Count).ToList();
        var stats = $"ok={tests.Count(r => r.ExitCode == 0)} multi={tests.Count(r => r.ExitCode == 0 && r.Stdout.TrimEnd().Split('\n')[^1].Contains(',', StringComparison.Ordinal))} labelErrors={tests.Count(r => r.Stderr.Contains("Failed to parse labels", StringComparison.Ordinal))} verify={tests.Count(r => r.Stdout.Contains("WARNING", StringComparison.Ordinal))} distinct={tests.Select(r => r.Stdout).Distinct().Count()}";
        Assert.True(cases.Count >= 500, $"only {cases.Count} routing cases");
        Assert.True(tests.Count(r => r.ExitCode == 0) > cases.Count / 2, "most cases should route");
        Assert.True(tests.Count(r => r.ExitCode == 0 && r.Stdout.TrimEnd().Split('\n')[^1].Contains(',', StringComparison.Ordinal)) >= 30, "too few multi-receiver cases " + stats);
        Assert.True(tests.Count(r => r.Stderr.Contains("Failed to parse labels", StringComparison.Ordinal)) >= 5, "too few label errors");
        Assert.True(tests.Count(r => r.Stdout.Contains("WARNING: Expected receivers", StringComparison.Ordinal)) >= 5, "too few verify failures");
        Assert.True(tests.Select(r => r.Stdout).Distinct().Count() > 50, "outputs are not diverse");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count + shows.Count} cases differ from amtool:\n{string.Join("\n", mismatches.Take(8))}");
    }

    internal static async Task<(List<string> Mismatches, ToolRun[] Amtool)> CompareAsync(IReadOnlyList<string[]> cases)
    {
        var amtool = await Task.WhenAll(cases.Select(args => AmtoolRunner.AmtoolAsync(args)));
        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var ours = await AmtoolRunner.OursAsync(Ours(cases[i]));
            if (ours != amtool[i])
            {
                var config = cases[i].First(a => a.StartsWith("--config.file=", StringComparison.Ordinal))["--config.file=".Length..];
                mismatches.Add(new StringBuilder()
                    .Append("== amtool ").AppendJoin(' ', cases[i].Select(a => $"'{a}'")).Append('\n')
                    .Append(await File.ReadAllTextAsync(config))
                    .Append("-- amtool: ").Append(amtool[i]).Append('\n')
                    .Append("-- ours: ").Append(ours).Append('\n').ToString());
            }
        }

        return (mismatches, amtool);
    }

    // "config routes test --config.file=X …" becomes "routes test --config X …".
    private static string[] Ours(string[] amtoolArgs) =>
        amtoolArgs.Skip(1).Select(a => a.StartsWith("--config.file=", StringComparison.Ordinal) ? "--config=" + a["--config.file=".Length..] : a).ToArray();
}
