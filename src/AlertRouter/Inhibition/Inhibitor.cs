using AlertRouter.Model;

namespace AlertRouter.Inhibition;

/// <summary>
/// Pure inhibition: no cache, no clock of its own. Alertmanager 0.25 scans every cached source alert; so do we
/// (0.30+ keeps one source per equal-label fingerprint, which can differ in edge cases; see docs/configuration.md).
/// </summary>
public static class Inhibitor
{
    /// <summary>Collects, per rule, the alerts matching its source side that are unresolved at <paramref name="now"/>.</summary>
    public static InhibitionSnapshot Snapshot(IReadOnlyList<InhibitRule> rules, IEnumerable<Alert> alerts, DateTimeOffset now)
    {
        var live = alerts.Where(a => !a.IsResolvedAt(now)).Select(a => a.Labels).ToList();
        var sources = new IReadOnlyList<LabelSet>[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            sources[i] = live.Where(rule.SourceMatchers.Matches).ToList();
        }

        return new InhibitionSnapshot(rules, sources);
    }

    /// <summary>One-shot check of <paramref name="target"/> against <paramref name="alerts"/> at <paramref name="now"/>.</summary>
    public static Inhibition? Check(IReadOnlyList<InhibitRule> rules, LabelSet target, IEnumerable<Alert> alerts, DateTimeOffset now) =>
        Snapshot(rules, alerts, now).Check(target);
}
