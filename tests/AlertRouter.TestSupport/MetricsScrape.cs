using System.Globalization;
using System.Text;
using Prometheus;

namespace AlertRouter.TestSupport;

/// <summary>
/// A parsed Prometheus text-format scrape, for asserting on <c>/metrics</c> in tests:
/// <c>(await MetricsScrape.FetchAsync(app.Ops)).Value("alertrouter_notifications_total", ("integration", "slack"))</c>.
/// Sample names are the full names (<c>x_bucket</c>, <c>x_sum</c>, <c>x_count</c> for histograms).
/// </summary>
public sealed class MetricsScrape
{
    private MetricsScrape(IReadOnlyList<Sample> samples, IReadOnlyDictionary<string, string> types, IReadOnlyDictionary<string, string> help)
    {
        Samples = samples;
        Types = types;
        Help = help;
    }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>Family name → <c># TYPE</c> (counter, gauge, histogram, …).</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    /// <summary>Family name → unescaped <c># HELP</c> text.</summary>
    public IReadOnlyDictionary<string, string> Help { get; }

    public static async Task<MetricsScrape> FetchAsync(HttpClient ops, CancellationToken ct = default)
    {
        using var response = await ops.GetAsync("/metrics", ct);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Exports <paramref name="registry"/> as <c>/metrics</c> would, without a host.</summary>
    public static async Task<MetricsScrape> CollectAsync(CollectorRegistry registry, CancellationToken ct = default)
    {
        using var output = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(output, ct);
        return Parse(Encoding.UTF8.GetString(output.ToArray()));
    }

    public static MetricsScrape Parse(string text)
    {
        var samples = new List<Sample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal) && line[7..].Split(' ') is [var name, var type])
            {
                types[name] = type;
            }
            else if (line.StartsWith("# HELP ", StringComparison.Ordinal) && line[7..].IndexOf(' ', StringComparison.Ordinal) is var space and > 0)
            {
                help[line[7..][..space]] = Unescape(line[7..][(space + 1)..], 0, '\0').Text;
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                samples.Add(ParseSample(line));
            }
        }

        return new MetricsScrape(samples, types, help);
    }

    /// <summary>
    /// The value of the one sample named <paramref name="name"/> whose labels include all of <paramref name="labels"/>;
    /// null when there is none. Throws when several match: name more labels, or use <see cref="Sum"/>.
    /// </summary>
    public double? Value(string name, params (string Name, string Value)[] labels)
    {
        var matches = Matching(name, labels).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0].Value,
            _ => throw new InvalidOperationException($"{matches.Count} series match {name}{Format(labels)}: " +
                string.Join(", ", matches.Select(m => m.Name + Format([.. m.Labels.Select(l => (l.Key, l.Value))])))),
        };
    }

    /// <summary>The sum over every sample named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Name, string Value)[] labels) => Matching(name, labels).Sum(s => s.Value);

    private IEnumerable<Sample> Matching(string name, (string Name, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Name, out var v) && v == l.Value));

    private static string Format((string Name, string Value)[] labels) =>
        labels.Length == 0 ? "" : "{" + string.Join(",", labels.Select(l => $"{l.Name}=\"{l.Value}\"")) + "}";

    private static Sample ParseSample(string line)
    {
        var end = line.IndexOfAny(['{', ' ']);
        var name = line[..end];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = end;
        if (line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var labelName = line[i..eq].Trim();
                var (value, next) = Unescape(line, eq + 2, '"');
                labels[labelName] = value;
                i = next + 1;
                if (line[i] == ',')
                {
                    i++;
                }
            }

            i++;
        }

        var fields = line[i..].Trim().Split(' ');
        return new Sample(name, labels, ParseValue(fields[0]));
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // Reads from start up to an unescaped terminator (or the end); returns the text and the terminator's index.
    private static (string Text, int End) Unescape(string text, int start, char terminator)
    {
        var result = new StringBuilder();
        var i = start;
        for (; i < text.Length && text[i] != terminator; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] == 'n' ? '\n' : text[i]);
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return (result.ToString(), i);
    }

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
