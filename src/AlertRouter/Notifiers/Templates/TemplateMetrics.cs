using Prometheus;

namespace AlertRouter.Notifiers.Templates;

/// <summary><c>alertrouter_template_render_failures_total{integration}</c>: notifications not sent because a field's template failed.</summary>
internal sealed class TemplateMetrics
{
    public const string RenderFailuresName = "alertrouter_template_render_failures_total";

    private readonly Counter _renderFailures;

    public TemplateMetrics(CollectorRegistry registry)
    {
        _renderFailures = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(
            RenderFailuresName, "Template renders that failed at send time; the notification was not sent, as in Alertmanager.", "integration");

        // Pre-initialise every integration's series to 0, so a first failure shows as an increase.
        foreach (var integration in Integrations.All)
        {
            _renderFailures.WithLabels(integration.Type);
        }
    }

    public void RenderFailed(string integration) => _renderFailures.WithLabels(integration).Inc();
}
