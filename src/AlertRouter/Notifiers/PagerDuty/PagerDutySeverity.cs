using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// The event's severity: the alerts' own <c>severity</c> label when it is a PagerDuty severity (critical, error,
/// warning, info; any case) — in a group, the most severe one among the firing alerts — else the configured default.
/// </summary>
internal static class PagerDutySeverity
{
    private static readonly string[] Ranked = ["critical", "error", "warning", "info"];

    public static string? FromLabels(TemplateAlerts alerts)
    {
        var candidates = alerts.Firing.Count > 0 ? alerts.Firing : alerts;
        var best = candidates
            .Select(a => Array.IndexOf(Ranked, (a.Labels.GetValueOrDefault("severity") ?? "").ToLowerInvariant()))
            .Where(rank => rank >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        return best >= 0 ? Ranked[best] : null;
    }
}
