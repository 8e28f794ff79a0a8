using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Jira;

/// <summary><c>jira.default.priority</c>: High for a critical alert, Medium for a warning, Low for info.</summary>
internal static class JiraPriority
{
    /// <summary>
    /// Over the firing alerts' <c>severity</c> labels, the highest of critical → High, warning → Medium, info → Low;
    /// when no firing alert gives one, the resolved alerts decide the same way; empty when none does.
    /// </summary>
    public static string Default(TemplateData data)
    {
        var priority = Of(data.Alerts.Firing);
        return priority.Length > 0 ? priority : Of(data.Alerts.Resolved);
    }

    private static string Of(IEnumerable<TemplateAlert> alerts)
    {
        var priority = "";
        foreach (var severity in alerts.Select(a => a.Labels.GetValueOrDefault("severity")))
        {
            priority = severity switch
            {
                "critical" => "High",
                "warning" when priority != "High" => "Medium",
                "info" when priority.Length == 0 => "Low",
                _ => priority,
            };
        }

        return priority;
    }
}
