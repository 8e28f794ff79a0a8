using System.Text;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

/// <summary>
/// A scrape reduced to what dashboards, rules and their tests depend on: per family its name, type and help, then every
/// series (sample name and sorted labels) without its value. Label values that change from build to build are masked.
/// </summary>
internal static class SeriesList
{
    private static readonly HashSet<string> MaskedLabels = ["version"];

    public static string Of(string exposition)
    {
        var scrape = MetricsScrape.Parse(exposition);
        var output = new StringBuilder();
        foreach (var family in scrape.Types.Keys.Order(StringComparer.Ordinal))
        {
            var help = scrape.Help.GetValueOrDefault(family, "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            output.Append("# ").Append(family).Append(' ').Append(scrape.Types[family]).Append(' ').Append(help).Append('\n');
            var series = scrape.Samples.Where(s => BelongsTo(s.Name, family, scrape.Types[family])).Select(Line).Order(StringComparer.Ordinal);
            foreach (var line in series)
            {
                output.Append(line).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static bool BelongsTo(string sample, string family, string type) =>
        sample == family || (type == "histogram" && sample is var s && (s == family + "_bucket" || s == family + "_sum" || s == family + "_count"));

    private static string Line(MetricsScrape.Sample sample)
    {
        var labels = sample.Labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}=\"{(MaskedLabels.Contains(l.Key) ? "*" : Escape(l.Value))}\"");
        return sample.Labels.Count == 0 ? sample.Name : $"{sample.Name}{{{string.Join(",", labels)}}}";
    }
}
