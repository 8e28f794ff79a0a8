using System.Diagnostics.Metrics;

namespace AlertRouter.Notifiers.Templates;

/// <summary><c>alertrouter_template_render_failures_total{integration}</c>: custom templates that fell back to the default.</summary>
internal sealed class TemplateMetrics
{
    public const string MeterName = "AlertRouter";
    public const string RenderFailuresName = "alertrouter_template_render_failures_total";

    private readonly Counter<long> _renderFailures;

    public TemplateMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _renderFailures = meter.CreateCounter<long>(
            RenderFailuresName, description: "Custom template renders that failed and fell back to the default content.");

        // Pre-initialise every integration's series to 0, so a first failure shows as an increase.
        foreach (var integration in Integrations.All)
        {
            _renderFailures.Add(0, Tag(integration.Type));
        }
    }

    public void RenderFailed(string integration) => _renderFailures.Add(1, Tag(integration));

    private static KeyValuePair<string, object?> Tag(string integration) => new("integration", integration);
}
