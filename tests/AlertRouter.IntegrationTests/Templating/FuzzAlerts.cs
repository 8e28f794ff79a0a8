using FsCheck;
using FsCheck.Fluent;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Random alert groups for the property test: one to four alerts (the first firing, the others firing or resolved)
/// with label and annotation values drawn from a pool of awkward strings. Grouped by the dataset label, so the
/// whole dataset is one group.
/// </summary>
internal static class FuzzAlerts
{
    private static readonly string[] Pool = ["a", "Zürich", "<i>x</i>", "a&b", "q\"uote", "sp ace", "日本", "x\ny", "👩‍💻", "0", "1.5", "javascript:x"];

    public static Gen<OracleDataset> Dataset(string name) =>
        from count in Gen.Choose(1, 4)
        from alerts in Alert().ListOf(count)
        select new OracleDataset(name, "random alerts", ["dataset"],
            [.. alerts.Select((a, i) => a with
            {
                Labels = new Dictionary<string, string>(a.Labels, StringComparer.Ordinal) { ["instance"] = $"i{i}" },
                StartsAt = $"-0.{5 - i}",
                EndsAt = i == 0 ? "firing" : a.EndsAt,
            })],
            []);

    /// <summary>The fixed-seed dataset the oracle posts for the generated-template sample.</summary>
    public static OracleDataset Sample(string name, ulong seed) => Dataset(name).Sample(1, new Rnd(seed), 10)[0];

    private static Gen<PostedAlert> Alert() =>
        from alertname in Gen.Elements("Fuzz", "Fuzz", "Other")
        from severity in Gen.Elements("critical", "warning", "none")
        from extra in Gen.Elements(Pool)
        from summary in Gen.Elements(Pool)
        from hasSummary in Gen.Elements(true, true, false)
        from resolved in Gen.Elements(false, true)
        select new PostedAlert(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["alertname"] = alertname, ["severity"] = severity, ["extra"] = extra },
            new Dictionary<string, string>(),
            hasSummary ? new Dictionary<string, string>(StringComparer.Ordinal) { ["summary"] = summary } : new Dictionary<string, string>(),
            "",
            resolved ? "-0.05" : "firing",
            "Z",
            "http://prometheus.example.test/graph?g0.expr=fuzz");
}
