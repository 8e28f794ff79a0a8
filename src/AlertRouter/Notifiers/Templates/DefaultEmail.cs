using System.Text;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// The default email bodies. They carry what Alertmanager's <c>email.default.html</c> carries — the alert count and
/// group labels, a link to the alert view, firing then resolved alerts with labels, annotations and source link, and
/// a footer link to the external URL — in AlertRouter's own markup; the text part carries the same in plain text.
/// </summary>
internal static class DefaultEmail
{
    public static string Html(TemplateData data)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n<title>").Append(E(DefaultTemplates.Subject(data)))
          .Append("</title>\n</head>\n<body style=\"font-family: Helvetica, Arial, sans-serif; font-size: 14px; background: #f6f6f6; margin: 0; padding: 20px;\">\n")
          .Append("<div style=\"max-width: 600px; margin: 0 auto; background: #fff; border: 1px solid #e9e9e9; border-radius: 3px;\">\n")
          .Append("<h1 style=\"margin: 0; padding: 20px; font-size: 16px; font-weight: 500; color: #fff; text-align: center; background: ")
          .Append(data.IsFiring ? "#e6522c" : "#68b90f").Append(";\">").Append(E(Headline(data))).Append("</h1>\n")
          .Append("<div style=\"padding: 30px;\">\n<p><a href=\"").Append(E(DefaultTemplates.AlertmanagerUrl(data)))
          .Append("\" style=\"display: inline-block; padding: 10px 20px; color: #fff; background: #348eda; border-radius: 5px; font-weight: bold; text-decoration: none;\">View in Alertmanager</a></p>\n");
        AppendSection(sb, "Firing", data.Alerts.Firing);
        AppendSection(sb, "Resolved", data.Alerts.Resolved);
        sb.Append("</div>\n</div>\n<p style=\"text-align: center; font-size: 12px; color: #999;\"><a href=\"").Append(E(data.ExternalURL))
          .Append("\" style=\"color: #999;\">Sent by AlertRouter</a></p>\n</body>\n</html>\n");
        return sb.ToString();
    }

    public static string Text(TemplateData data)
    {
        var sb = new StringBuilder();
        sb.Append(Headline(data)).Append("\n\nView in Alertmanager: ").Append(DefaultTemplates.AlertmanagerUrl(data)).Append('\n');
        AppendTextSection(sb, "Firing", data.Alerts.Firing);
        AppendTextSection(sb, "Resolved", data.Alerts.Resolved);
        sb.Append("\n-- \nSent by AlertRouter: ").Append(data.ExternalURL).Append('\n');
        return sb.ToString();
    }

    // "2 alerts for alertname=HighLatency service=checkout", as the default email's header line.
    private static string Headline(TemplateData data)
    {
        var sb = new StringBuilder().Append(data.Alerts.Count).Append(data.Alerts.Count == 1 ? " alert for" : " alerts for");
        foreach (var (name, value) in TemplateKv.SortedPairs(data.GroupLabels))
        {
            sb.Append(' ').Append(name).Append('=').Append(value);
        }

        return sb.ToString();
    }

    private static void AppendSection(StringBuilder sb, string title, IReadOnlyList<TemplateAlert> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        sb.Append("<h2 style=\"font-size: 14px;\">[").Append(alerts.Count).Append("] ").Append(title).Append("</h2>\n");
        foreach (var alert in alerts)
        {
            sb.Append("<p style=\"border-top: 1px solid #eee; padding-top: 10px;\">\n<strong>Labels</strong><br>\n");
            foreach (var (name, value) in TemplateKv.SortedPairs(alert.Labels))
            {
                sb.Append(E(name)).Append(" = ").Append(E(value)).Append("<br>\n");
            }

            if (alert.Annotations.Count > 0)
            {
                sb.Append("<strong>Annotations</strong><br>\n");
                foreach (var (name, value) in TemplateKv.SortedPairs(alert.Annotations))
                {
                    sb.Append(E(name)).Append(" = ").Append(E(value)).Append("<br>\n");
                }
            }

            sb.Append("<a href=\"").Append(E(alert.GeneratorURL)).Append("\">Source</a>\n</p>\n");
        }
    }

    private static void AppendTextSection(StringBuilder sb, string title, IReadOnlyList<TemplateAlert> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        sb.Append("\n[").Append(alerts.Count).Append("] ").Append(title).Append('\n');
        foreach (var alert in alerts)
        {
            sb.Append('\n').Append(DefaultTemplates.TextAlertList([alert]));
        }
    }

    // Only the markup characters: UTF-8 text stays readable in the source (WebUtility.HtmlEncode writes &#220; for Ü).
    private static string E(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
