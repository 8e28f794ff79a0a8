using AlertRouter.Config;
using AlertRouter.Inhibition;
using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>Marks alerts with what suppresses them now, as Alertmanager's API shows inhibitedBy and mutedBy.</summary>
internal sealed class SuppressionView(RouterConfig config, InhibitionSnapshot inhibition, DateTimeOffset now)
{
    public static async Task<SuppressionView> CreateAsync(IAlertStore store, RouterConfig config, DateTimeOffset now, CancellationToken ct)
    {
        var firing = await store.ListAsync(new AlertQuery(AlertStatus.Firing, now, int.MaxValue), ct);
        return new SuppressionView(config, Inhibitor.Snapshot(config.InhibitRules, firing.Select(a => a.Alert), now), now);
    }

    /// <summary>Source fingerprints inhibiting the alert (empty when none).</summary>
    public IReadOnlyList<string> InhibitedBy(Alert alert) =>
        alert.IsResolvedAt(now) ? [] : inhibition.Check(alert.Labels)?.SourceFingerprints.Select(f => f.ToString()).ToList() ?? [];

    /// <summary>Time intervals muting the alert on every route it takes; <c>inactive:NAME</c> for an unmet active interval.</summary>
    public IReadOnlyList<string> MutedBy(Alert alert) => alert.IsResolvedAt(now) ? [] : Suppression.MutedBy(config, alert.Labels, now);
}
