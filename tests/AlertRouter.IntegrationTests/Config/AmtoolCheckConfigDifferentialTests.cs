using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>check-config must reach the same verdict as Debian's <c>amtool check-config</c> (0.25) on every corpus config.</summary>
public class AmtoolCheckConfigDifferentialTests
{
    [Fact]
    public async Task CheckConfig_Corpus_VerdictsMatchAmtool()
    {
        var dir = Tools.TempDir("check");
        var corpus = CheckConfigCorpus.Cases().ToList();
        var runs = await Task.WhenAll(corpus.Select(async c =>
        {
            var path = Path.Combine(dir, c.Name + ".yml");
            await File.WriteAllTextAsync(path, c.Yaml);
            var amtool = await AmtoolRunner.AmtoolAsync("check-config", path);
            return (c.Name, Path: path, Amtool: amtool);
        }));

        var disagreements = new List<string>();
        foreach (var (name, path, amtool) in runs)
        {
            var ours = await AmtoolRunner.OursAsync("check-config", "--config", path);
            Assert.Contains(ours.ExitCode == 0 ? "  SUCCESS" : "  FAILED: ", ours.Stdout, StringComparison.Ordinal);
            if ((ours.ExitCode == 0) != (amtool.ExitCode == 0))
            {
                disagreements.Add($"{name}: amtool {amtool.Stdout.Trim()} | ours {ours.Stdout.Trim()}");
            }
        }

        Assert.True(runs.Count(r => r.Amtool.ExitCode == 0) >= 15, "the corpus needs valid configs");
        Assert.True(runs.Count(r => r.Amtool.ExitCode != 0) >= 35, "the corpus needs invalid configs");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
