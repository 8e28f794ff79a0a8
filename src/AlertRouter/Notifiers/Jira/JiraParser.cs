using System.Globalization;
using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Jira;

/// <summary><c>jira_configs</c> entries, with the global <c>jira_api_url</c> and Alertmanager's messages.</summary>
internal static class JiraParser
{
    public static JiraConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var apiUrl = m.Str("api_url");
        if (apiUrl.Resolved && apiUrl.Value!.Length > 0 && ConfigUrl.Validate(apiUrl.Value) is { } urlError)
        {
            scope.Error(apiUrl.Node, urlError);
        }

        var apiType = m.Str("api_type");
        var project = scope.Template(m, "project");
        var issueType = scope.Template(m, "issue_type");
        var config = new JiraConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiUrl = GlobalScope.NonEmpty(apiUrl) ?? scope.Global.Of<JiraGlobals>().ApiUrl ?? "",
            ApiType = apiType.Resolved && apiType.Value!.Length > 0 ? apiType.Value : "auto",
            Project = project ?? "",
            IssueType = issueType ?? "",
            Summary = Field(m, scope, "summary"),
            Description = Field(m, scope, "description"),
            Labels = (m.StringList("labels") ?? []).Select((l, i) => Label(l, i, scope)).ToList(),
            Priority = scope.Template(m, "priority"),
            ReopenTransition = m.Str("reopen_transition").Value ?? "",
            ResolveTransition = m.Str("resolve_transition").Value ?? "",
            WontFixResolution = m.Str("wont_fix_resolution").Value ?? "",
            ReopenDuration = m.Duration("reopen_duration") ?? TimeSpan.Zero,
            Fields = m.Node("fields") is YamlMapping fields ? Map(fields, "fields", scope) : new Dictionary<string, object?>(),
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        if (string.IsNullOrEmpty(project))
        {
            scope.Error(node, "missing project in jira_config");
        }
        else if (string.IsNullOrEmpty(issueType))
        {
            scope.Error(node, "missing issue_type in jira_config");
        }
        else if (config.ApiType is not ("auto" or "cloud" or "datacenter"))
        {
            scope.Error(apiType.Node, "unknown api_type on jira_config, must be auto, cloud or datacenter");
        }
        else if (config.ApiUrl.Length == 0 && !apiUrl.Present && !scope.Global.Missing.ContainsKey("jira_api_url"))
        {
            scope.Error(node, "no global Jira Cloud URL set");
        }

        if (!apiUrl.Present)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("jira_api_url"));
        }

        return config;
    }

    /// <summary>Summary or description: a template string, or (0.30+) <c>{template, enable_update}</c>.</summary>
    private static JiraField Field(MappingReader m, IntegrationParseScope scope, string key)
    {
        if (m.Node(key) is not YamlMapping mapping)
        {
            return new JiraField(scope.Template(m, key), true);
        }

        var inner = new MappingReader(mapping, "jira.JiraFieldConfig", scope.Context);
        var template = inner.Str("template");
        scope.TemplateValue(key, template);
        var field = new JiraField(template.Resolved ? template.Value : null, inner.Bool("enable_update") ?? true);
        inner.Finish();
        return field;
    }

    private static string Label(ScalarText text, int index, IntegrationParseScope scope)
    {
        scope.TemplateValue($"labels[{index}]", text);
        return text.Value ?? "";
    }

    /// <summary>
    /// The <c>fields</c> tree as Go's YAML decoder types it: plain scalars that resolve to bool, int or float keep that
    /// type, every other scalar is a template string (recorded for validation under its path).
    /// </summary>
    private static Dictionary<string, object?> Map(YamlMapping mapping, string path, IntegrationParseScope scope) =>
        mapping.Entries.ToDictionary(e => e.Key.Value, e => Value(e.Value, $"{path}.{e.Key.Value}", scope), StringComparer.Ordinal);

    private static object? Value(YamlNode node, string path, IntegrationParseScope scope) => node switch
    {
        YamlMapping map => Map(map, path, scope),
        YamlSequence seq => seq.Items.Select((item, i) => Value(item, $"{path}[{i}]", scope)).ToList(),
        YamlScalar { IsNull: true } => null,
        YamlScalar s when s.KindTag == "!!bool" => YamlBool.TryParse(s.Value, out var b) ? b : s.Value,
        YamlScalar s when s.KindTag == "!!int" && long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        YamlScalar s when s.KindTag == "!!float" && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        YamlScalar s => TemplateString(s, path, scope),
        _ => null,
    };

    private static string TemplateString(YamlScalar scalar, string path, IntegrationParseScope scope)
    {
        var text = MappingReader.ReadString(scalar, scope.Context);
        scope.TemplateValue(path, text);
        return text.Value ?? "";
    }
}
