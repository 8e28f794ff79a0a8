using System.Diagnostics.Metrics;

namespace AlertRouter.Notifiers.Templates;

/// <summary><c>alertrouter_template_render_failures_total{integration}</c>: notifications not sent because a field's template failed.</summary>
internal sealed class TemplateMetrics
{
    public const string MeterName = "AlertRouter";
    public const string RenderFailuresName = "alertrouter_template_render_failures_total";

    private readonly Counter<long> _renderFailures;

    public TemplateMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _renderFailures = meter.CreateCounter<long>(
            RenderFailuresName, description: "Template renders that failed at send time; the notification was not sent, as in Alertmanager.");

        // Pre-initialise every integration's series to 0, so a first failure shows as an increase.
        foreach (var integration in Integrations.All)
        {
            _renderFailures.Add(0, Tag(integration.Type));
        }
    }

    public void RenderFailed(string integration) => _renderFailures.Add(1, Tag(integration));

    private static KeyValuePair<string, object?> Tag(string integration) => new("integration", integration);
}
