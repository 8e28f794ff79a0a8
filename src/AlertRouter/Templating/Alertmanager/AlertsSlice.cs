using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>Alertmanager's <c>template.Alerts</c> / <c>[]template.Alert</c>.</summary>
internal sealed class AlertsSlice(TemplateAlert[] alerts, int offset, int count) : IGoSlice
{
    public int Count => count;

    public GoValue this[int index] => GoValue.FromObject(AlertmanagerTypes.Alert, alerts[offset + index]);

    public IGoSlice Slice(int low, int high) => new AlertsSlice(alerts, offset + low, high - low);

    public AlertsSlice WithStatus(string status)
    {
        var list = new List<TemplateAlert>();
        for (var i = 0; i < count; i++)
        {
            if (alerts[offset + i].Status == status)
            {
                list.Add(alerts[offset + i]);
            }
        }

        return new AlertsSlice([.. list], 0, list.Count);
    }
}
