using AlertRouter.Model;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Hands the message builders a <see cref="TemplateRenderer"/> over a notification's data and the templates of the
/// config that queued it (<see cref="NotificationContext.Templates"/>); a context built without a config (tests, a
/// direct call) renders with Alertmanager's default templates alone.
/// </summary>
internal sealed class TemplateEngine(TemplateMetrics metrics, TimeProvider time)
{
    public MessageTemplates Defaults { get; } = new(TemplateSet.Defaults(time));

    /// <param name="alerts">The alerts to render, when not all of the context's (max_alerts, one PagerDuty event per alert).</param>
    public TemplateRenderer For(string integration, NotificationContext context, IReadOnlyList<Alert>? alerts = null) =>
        new(context.Templates ?? Defaults, metrics, integration, Data(context, alerts ?? context.Alerts), context.Preview);

    /// <summary>Alertmanager's template data for a flush: alerts not resolved at the flush carry no end time.</summary>
    public static TemplateData Data(NotificationContext context, IReadOnlyList<Alert> alerts) =>
        TemplateData.Create(context.Receiver, context.GroupLabels,
            alerts.Select(a => a.IsResolvedAt(context.Now) ? a : a with { EndsAt = GoTime.Zero }).ToList(),
            context.ExternalUrl, context.Now);
}
