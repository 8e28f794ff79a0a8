using System.Collections;

namespace AlertRouter.Notifiers.Templates;

/// <summary>The alert list with Alertmanager's <c>.Firing</c> and <c>.Resolved</c> views.</summary>
internal sealed class TemplateAlerts(IReadOnlyList<TemplateAlert> alerts) : IReadOnlyList<TemplateAlert>
{
    public IReadOnlyList<TemplateAlert> Firing { get; } = alerts.Where(a => a.Status == TemplateAlert.Firing).ToArray();

    public IReadOnlyList<TemplateAlert> Resolved { get; } = alerts.Where(a => a.Status == TemplateAlert.Resolved).ToArray();

    public int Count => alerts.Count;

    public TemplateAlert this[int index] => alerts[index];

    public IEnumerator<TemplateAlert> GetEnumerator() => alerts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
