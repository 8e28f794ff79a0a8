using AlertRouter.Model;
using AlertRouter.Routing;
using BenchmarkDotNet.Attributes;

namespace AlertRouter.Benchmarks;

/// <summary>Route.Match for a 20-label alert on a 501-node tree with regex matchers (target ≥ 1,000,000/s, no allocation beyond the result).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class RouteEvaluationBenchmark
{
    private Route _root = null!;
    private LabelSet _lastTeam = null!;
    private LabelSet _firstTeam = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkTree.Build();
        _lastTeam = BenchmarkTree.Alert();
        _firstTeam = LabelSet.From(_lastTeam.Select(p => p.Key == "team" ? KeyValuePair.Create("team", "t0") : p));
        if (_root.Walk().Count() != 1 + (BenchmarkTree.Teams * (1 + BenchmarkTree.ChildrenPerTeam)))
        {
            throw new InvalidOperationException("unexpected tree size");
        }
    }

    [Benchmark(Baseline = true, Description = "Match, 20 labels, last of 25 teams (walks 25 + 19 nodes)")]
    public int MatchLastTeam() => _root.Match(_lastTeam).Count;

    [Benchmark(Description = "Match, 20 labels, first team")]
    public int MatchFirstTeam() => _root.Match(_firstTeam).Count;
}
