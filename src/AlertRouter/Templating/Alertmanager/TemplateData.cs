using System.Text;
using AlertRouter.Model;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>Alertmanager's <c>template.Data</c>, the dot of every notification template (passed as *Data).</summary>
internal sealed class TemplateData
{
    private TemplateData(string receiver, string status, TemplateAlert[] alerts, TemplateKV groupLabels, TemplateKV commonLabels,
        TemplateKV commonAnnotations, string externalUrl)
    {
        Receiver = receiver;
        Status = status;
        Alerts = alerts;
        AlertsSlice = new AlertsSlice(alerts, 0, alerts.Length);
        GroupLabels = groupLabels;
        CommonLabels = commonLabels;
        CommonAnnotations = commonAnnotations;
        ExternalUrl = externalUrl;
    }

    /// <summary>The receiver's name as Alertmanager exposes it: regexp.QuoteMeta'd.</summary>
    public string Receiver { get; }

    public string Status { get; }

    public IReadOnlyList<TemplateAlert> Alerts { get; }

    public string ExternalUrl { get; }

    internal AlertsSlice AlertsSlice { get; }

    internal TemplateKV GroupLabels { get; }

    internal TemplateKV CommonLabels { get; }

    internal TemplateKV CommonAnnotations { get; }

    /// <summary>Alertmanager's Template.Data: status, common labels and annotations computed from the alerts.</summary>
    public static TemplateData Create(string receiver, LabelSet groupLabels, IReadOnlyList<TemplateAlert> alerts, string externalUrl)
    {
        var status = alerts.Any(a => a.Status == "firing") ? "firing" : "resolved";
        var commonLabels = Common(alerts.Select(a => a.Labels).ToList());
        var commonAnnotations = Common(alerts.Select(a => a.Annotations).ToList());
        return new TemplateData(QuoteMeta(receiver), status, [.. alerts], TemplateKV.From(groupLabels), commonLabels,
            commonAnnotations, externalUrl);
    }

    /// <summary>
    /// Every field as given, nothing computed or quoted: template.Data as Go decodes it from JSON (amtool's
    /// <c>template render --template.data</c>).
    /// </summary>
    public static TemplateData FromFields(string receiver, string status, IReadOnlyList<TemplateAlert> alerts, LabelSet groupLabels,
        LabelSet commonLabels, LabelSet commonAnnotations, string externalUrl) =>
        new(receiver, status, [.. alerts], TemplateKV.From(groupLabels), TemplateKV.From(commonLabels), TemplateKV.From(commonAnnotations), externalUrl);

    /// <summary>From stored alerts; each alert's status is decided at <paramref name="now"/>.</summary>
    public static TemplateData Create(string receiver, LabelSet groupLabels, IReadOnlyList<Alert> alerts, string externalUrl, DateTimeOffset now) =>
        Create(receiver, groupLabels, alerts.Select(a => TemplateAlert.From(a, now)).ToList(), externalUrl);

    private static TemplateKV Common(List<LabelSet> sets)
    {
        if (sets.Count == 0)
        {
            return TemplateKV.Empty;
        }

        var common = sets[0].Where(p => sets.Skip(1).All(s => s.TryGetValue(p.Key, out var v) && v == p.Value));
        return TemplateKV.From(common);
    }

    /// <summary>Go's regexp.QuoteMeta: a backslash before each of <c>\.+*?()|[]{}^$</c>.</summary>
    internal static string QuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
