using AlertRouter.Fuzz;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Fuzz;

/// <summary>
/// Every seed and every committed finding of every fuzz target, run through the target's property checks without
/// afl-fuzz: a finding that comes back fails here, deterministically.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string Root = Path.Combine(Tools.RepoRoot, "fuzz", "AlertRouter.Fuzz");

    private static readonly string[] Folders = ["corpus", "regressions"];

    public static TheoryData<string, string> SavedInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Folders)
        {
            foreach (var dir in Directory.GetDirectories(Path.Combine(Root, folder)).Order(StringComparer.Ordinal))
            {
                foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(dir), Path.GetRelativePath(Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Run_SavedInput_EveryPropertyHolds(string target, string file)
    {
        var fuzzTarget = FuzzTargets.Find(target);
        Assert.NotNull(fuzzTarget);
        fuzzTarget.Run(File.ReadAllBytes(Path.Combine(Root, file)));
    }

    [Fact]
    public void Corpus_EveryTarget_HasSeedsAndEveryFolderATarget()
    {
        var names = FuzzTargets.All.Select(t => t.Name).ToList();
        Assert.Superset(new HashSet<string> { "config", "matchers-classic", "matchers-utf8", "re2", "template", "time-intervals", "webhook" }, names.ToHashSet());
        foreach (var name in names)
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Root, "corpus", name)));
        }

        foreach (var folder in Folders)
        {
            Assert.All(Directory.GetDirectories(Path.Combine(Root, folder)), dir => Assert.Contains(Path.GetFileName(dir), names));
        }
    }
}
