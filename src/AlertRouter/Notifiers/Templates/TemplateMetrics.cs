using Prometheus;

namespace AlertRouter.Notifiers.Templates;

/// <summary><c>alertrouter_template_render_failures_total{integration}</c>: custom templates that fell back to the default.</summary>
internal sealed class TemplateMetrics
{
    public const string RenderFailuresName = "alertrouter_template_render_failures_total";

    private readonly Counter _renderFailures;

    public TemplateMetrics(CollectorRegistry registry)
    {
        _renderFailures = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(
            RenderFailuresName, "Custom template renders that failed and fell back to the default content.", "integration");

        // Pre-initialise every integration's series to 0, so a first failure shows as an increase.
        foreach (var integration in Integrations.All)
        {
            _renderFailures.WithLabels(integration.Type);
        }
    }

    public void RenderFailed(string integration) => _renderFailures.WithLabels(integration).Inc();
}
