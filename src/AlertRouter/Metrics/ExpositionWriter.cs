using System.Text;

namespace AlertRouter.Metrics;

/// <summary>Writes families and samples in text format 0.0.4 (one <c>\n</c> after every line, no timestamps).</summary>
internal sealed class ExpositionWriter(StringBuilder output)
{
    public void Family(string name, string help, MetricType type)
    {
        output.Append("# HELP ").Append(name).Append(' ').Append(PrometheusFormat.EscapeHelp(help)).Append('\n');
        output.Append("# TYPE ").Append(name).Append(' ').Append(type switch
        {
            MetricType.Counter => "counter",
            MetricType.Histogram => "histogram",
            _ => "gauge",
        }).Append('\n');
    }

    public void Sample(string name, LabelKey labels, double value) => Sample(name, labels, value, null, 0);

    /// <summary>A sample with one more label after the series' own, as client_golang places <c>le</c>.</summary>
    public void Sample(string name, LabelKey labels, double value, string? extraLabel, double extraValue)
    {
        output.Append(name);
        if (labels.Count > 0 || extraLabel is not null)
        {
            output.Append('{');
            for (var i = 0; i < labels.Count; i++)
            {
                Label(labels.Names[i], labels.Values[i], first: i == 0);
            }

            if (extraLabel is not null)
            {
                Label(extraLabel, PrometheusFormat.Value(extraValue), first: labels.Count == 0);
            }

            output.Append('}');
        }

        output.Append(' ').Append(PrometheusFormat.Value(value)).Append('\n');
    }

    private void Label(string name, string value, bool first)
    {
        if (!first)
        {
            output.Append(',');
        }

        output.Append(name).Append("=\"").Append(PrometheusFormat.EscapeLabelValue(value)).Append('"');
    }
}
