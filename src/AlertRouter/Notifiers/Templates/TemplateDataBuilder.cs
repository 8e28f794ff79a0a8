using AlertRouter.Model;

namespace AlertRouter.Notifiers.Templates;

/// <summary>Builds <see cref="TemplateData"/> from a notification, as Alertmanager's <c>template.Data()</c> does.</summary>
internal static class TemplateDataBuilder
{
    /// <param name="alerts">The alerts to render, when not all of the context's (max_alerts, one PagerDuty event per alert).</param>
    public static TemplateData Build(NotificationContext context, IReadOnlyList<Alert>? alerts = null)
    {
        alerts ??= context.Alerts;
        var converted = alerts.Select(a => Convert(a, context.Now)).ToArray();
        return new TemplateData
        {
            Receiver = GoStrings.QuoteMeta(context.Receiver),
            Status = alerts.Any(a => !a.IsResolvedAt(context.Now)) ? TemplateAlert.Firing : TemplateAlert.Resolved,
            Alerts = new TemplateAlerts(converted),
            GroupLabels = TemplateKv.From(context.GroupLabels),
            CommonLabels = TemplateKv.Common(alerts.Select(a => a.Labels).ToArray()),
            CommonAnnotations = TemplateKv.Common(alerts.Select(a => a.Annotations).ToArray()),
            ExternalURL = context.ExternalUrl,
            GroupKey = context.GroupKey,
        };
    }

    private static TemplateAlert Convert(Alert alert, DateTimeOffset now)
    {
        var resolved = alert.IsResolvedAt(now);
        return new TemplateAlert
        {
            Status = resolved ? TemplateAlert.Resolved : TemplateAlert.Firing,
            Labels = TemplateKv.From(alert.Labels),
            Annotations = TemplateKv.From(alert.Annotations),
            StartsAt = GoTime.Format(alert.StartsAt),

            // aggrGroup.flush zeroes EndsAt on every alert that is not resolved yet.
            EndsAt = GoTime.Format(resolved ? alert.EndsAt : GoTime.Zero),
            GeneratorURL = alert.GeneratorUrl,
            Fingerprint = alert.Fingerprint.ToString(),
        };
    }
}
