using System.Globalization;
using AlertRouter.Benchmarks;
using BenchmarkDotNet.Running;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(RouteEvaluationBenchmark).Assembly).Run(args);
foreach (var report in summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null))
{
    var meanNs = report.ResultStatistics!.Mean;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {1e9 / meanNs:N0} evaluations/s ({meanNs:F1} ns/op, {allocated} B/op)"));
}
