using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.TestSupport;
using YamlDotNet.RepresentationModel;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>The shipped operations files (rules, dashboard, docs) read the way Prometheus and Grafana read them.</summary>
internal static partial class OperationsFiles
{
    public static string RulesPath => Path.Combine(Tools.RepoRoot, "rules", "prometheus", "alertrouter.rules.yml");

    public static string RulesTestPath => Path.Combine(Tools.RepoRoot, "rules", "prometheus", "alertrouter.rules.test.yml");

    public static string DashboardPath => Path.Combine(Tools.RepoRoot, "deploy", "grafana", "dashboards", "alertrouter.json");


    /// <summary>The alerts issue 6 requires, in the order the rule file lists them.</summary>
    public static readonly string[] RequiredAlerts =
        ["AlertRouterDown", "NotificationFailureRatioHigh", "DeadLettersPresent", "DeliveryBacklogStale", "ConfigReloadFailed", "CircuitOpen"];

    public static IReadOnlyList<AlertRule> Rules(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return
        [
            .. ((YamlSequenceNode)root["groups"]).Children.Cast<YamlMappingNode>()
                .SelectMany(g => ((YamlSequenceNode)g["rules"]).Children.Cast<YamlMappingNode>())
                .Select(r => new AlertRule(
                    Scalar(r, "alert"),
                    Scalar(r, "expr"),
                    Scalar(r, "for"),
                    Map(r, "labels"),
                    Map(r, "annotations"))),
        ];
    }

    public static JsonDocument Dashboard() => JsonDocument.Parse(File.ReadAllText(DashboardPath));

    /// <summary>Every PromQL target of every panel (rows included), in panel order.</summary>
    public static IReadOnlyList<DashboardQuery> DashboardQueries(JsonDocument dashboard) =>
    [
        .. Panels(dashboard.RootElement)
            .Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()
                .Select(t => new DashboardQuery(p.GetProperty("title").GetString() ?? "", t.GetProperty("refId").GetString() ?? "", t.GetProperty("expr").GetString() ?? ""))),
    ];

    public static IEnumerable<JsonElement> Panels(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.TryGetProperty("panels", out var nested) ? nested.EnumerateArray().Prepend(p) : [p]);

    /// <summary>The dashboard's template variables by name.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Variables(JsonDocument dashboard) =>
        dashboard.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray()
            .ToDictionary(v => v.GetProperty("name").GetString() ?? "", v => v.Clone());

    /// <summary>Grafana's variable syntaxes ($x, ${x}, [[x]]) replaced by the given values.</summary>
    public static string Substitute(string expr, IReadOnlyDictionary<string, string> values) =>
        VariablePattern().Replace(expr, m =>
        {
            var name = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["c"].Value;
            return values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"no value for ${name} in {expr}");
        });

    /// <summary><c>label_values(SELECTOR, LABEL)</c> of a query variable.</summary>
    public static (string Selector, string Label) LabelValues(JsonElement variable)
    {
        var definition = variable.GetProperty("definition").GetString() ?? "";
        var match = LabelValuesPattern().Match(definition);
        return match.Success
            ? (match.Groups["selector"].Value.Trim(), match.Groups["label"].Value.Trim())
            : throw new InvalidOperationException($"variable {variable.GetProperty("name")} is not label_values(selector, label): {definition}");
    }

    /// <summary>Every <c>alertrouter_*</c> series name an expression reads.</summary>
    public static IReadOnlySet<string> MetricNames(string expr) =>
        MetricNamePattern().Matches(expr).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>GitHub's anchors for the Markdown headings of a file (lower case, punctuation dropped, spaces to dashes).</summary>
    public static IReadOnlySet<string> Anchors(string markdown) =>
        HeadingPattern().Matches(markdown)
            .Select(m => AnchorDropPattern().Replace(m.Groups["text"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    private static Dictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlMappingNode)value).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ((YamlScalarNode)kv.Value).Value ?? "", StringComparer.Ordinal)
            : [];

    [GeneratedRegex(@"\$\{(?<a>\w+)(?::\w+)?\}|\[\[(?<b>\w+)\]\]|\$(?<c>\w+)")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^label_values\((?<selector>.+),\s*(?<label>\w+)\)$")]
    private static partial Regex LabelValuesPattern();

    [GeneratedRegex(@"\balertrouter_[a-z0-9_]+\b")]
    private static partial Regex MetricNamePattern();

    [GeneratedRegex(@"(?m)^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}\- _]")]
    private static partial Regex AnchorDropPattern();
}
