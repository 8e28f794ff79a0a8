using YamlDotNet.RepresentationModel;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Reads the template corpus from <c>testdata/templates/</c>: <c>corpus/*.yaml</c> (templates that render, or that
/// fail only when executed: <c>errors.yaml</c>), <c>malformed.yaml</c> (templates that do not parse),
/// <c>alerts.yaml</c> (the datasets) and <c>files/*.tmpl</c> (the <c>templates:</c> files).
/// </summary>
internal static class TemplateCorpus
{
    public const string DefaultField = "slack.text";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "testdata", "templates");

    public static string FilesDirectory => Path.Combine(Directory, "files");

    /// <summary>The <c>templates:</c> files in the order Alertmanager parses them (filepath.Glob sorts by name).</summary>
    public static IReadOnlyList<string> Files() =>
        [.. System.IO.Directory.GetFiles(FilesDirectory, "*.tmpl").Order(StringComparer.Ordinal)];

    public static IReadOnlyList<TemplateCase> Cases() =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "corpus"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                var category = Path.GetFileNameWithoutExtension(path);
                return ReadCases(path, category, category == "errors" ? TemplateOutcome.ExecutionError : TemplateOutcome.Renders);
            })];

    public static IReadOnlyList<TemplateCase> Malformed() =>
        ReadCases(Path.Combine(Directory, "malformed.yaml"), "malformed", TemplateOutcome.ParseError);

    public static string ExternalUrl => Scalar(AlertsDocument(), "externalURL");

    public static IReadOnlyList<OracleDataset> Datasets() =>
        [.. ((YamlSequenceNode)AlertsDocument().Children[new YamlScalarNode("datasets")]).Cast<YamlMappingNode>().Select(d => new OracleDataset(
            Scalar(d, "name"),
            Scalar(d, "exercises"),
            Strings(d, "groupBy"),
            [.. ((YamlSequenceNode)d.Children[new YamlScalarNode("alerts")]).Cast<YamlMappingNode>().Select(ReadAlert)],
            Strings(d, "resolveAt")))];

    private static List<TemplateCase> ReadCases(string path, string category, TemplateOutcome expected)
    {
        var cases = new List<TemplateCase>();
        foreach (var node in (YamlSequenceNode)Load(path))
        {
            var map = (YamlMappingNode)node;
            var datasets = Strings(map, "datasets");
            cases.Add(new TemplateCase(
                Scalar(map, "name"),
                category,
                Scalar(map, "exercises"),
                OptionalScalar(map, "field") ?? DefaultField,
                Scalar(map, "template"),
                datasets.Count == 0 ? ["mixed"] : datasets,
                expected,
                OptionalScalar(map, "files") == "true",
                OptionalScalar(map, "receiver"),
                OptionalScalar(map, "acceptedSince")));
        }

        return cases;
    }

    private static PostedAlert ReadAlert(YamlMappingNode alert) => new(
        Map(alert, "labels"),
        Map(alert, "latin1Labels"),
        Map(alert, "annotations"),
        Scalar(alert, "startsAt"),
        Scalar(alert, "endsAt"),
        OptionalScalar(alert, "zone") ?? "Z",
        Scalar(alert, "generatorURL"));

    private static YamlMappingNode AlertsDocument() => (YamlMappingNode)Load(Path.Combine(Directory, "alerts.yaml"));

    private static YamlNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode map, string key) =>
        OptionalScalar(map, key) ?? throw new InvalidDataException($"{map.Start}: missing {key}");

    private static string? OptionalScalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value ?? "" : null;

    private static IReadOnlyList<string> Strings(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? [.. ((YamlSequenceNode)node).Cast<YamlScalarNode>().Select(s => s.Value ?? "")]
            : [];

    private static IReadOnlyDictionary<string, string> Map(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlMappingNode)node).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value ?? "", e => ((YamlScalarNode)e.Value).Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
