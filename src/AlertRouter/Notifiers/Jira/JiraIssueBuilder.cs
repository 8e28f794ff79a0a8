using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Jira;

/// <summary>
/// The issue's <c>fields</c> as notify/jira builds them: summary (≤255 runes), description (≤32,767 runes; raw ADF JSON
/// on API v3), issue type, labels (the configured ones plus <c>ALERT{hash}</c>, sorted), priority when not empty,
/// project, and every configured field with its strings rendered (replacing a standard one).
/// </summary>
internal static class JiraIssueBuilder
{
    public const int MaxSummaryRunes = 255;
    public const int MaxDescriptionRunes = 32767;

    /// <summary>The body, or the error text when an API v3 description is not JSON.</summary>
    public static (Dictionary<string, object?>? Body, string? Error) Build(JiraConfig config, TemplateRenderer r, string project, string groupHash, bool update)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal) { ["project"] = new Dictionary<string, object?> { ["key"] = project } };
        fields["issuetype"] = new Dictionary<string, object?> { ["name"] = r.Render("issue_type", config.IssueType) };
        if (!update || config.Summary.EnableUpdate)
        {
            fields["summary"] = GoStrings.TruncateInRunes(r.Render("summary", config.Summary.Template, """{{ template "jira.default.summary" . }}"""), MaxSummaryRunes);
        }

        var labels = config.Labels.Select((l, i) => (object?)r.Render($"labels[{i}]", l)).Append($"ALERT{{{groupHash}}}").ToList();
        fields["labels"] = labels.OrderBy(l => (string)l!, StringComparer.Ordinal).ToList();
        var priority = r.Render("priority", config.Priority, """{{ template "jira.default.priority" . }}""");
        if (priority.Length > 0)
        {
            fields["priority"] = new Dictionary<string, object?> { ["name"] = priority };
        }

        if (!update || config.Description.EnableUpdate)
        {
            var description = GoStrings.TruncateInRunes(r.Render("description", config.Description.Template, """{{ template "jira.default.description" . }}"""), MaxDescriptionRunes);
            if (JiraApi.IsV3(config))
            {
                description = description.Trim();
                if (description.Length > 0 && !IsJson(description))
                {
                    return (null, "description template: invalid JSON for API v3");
                }

                if (description.Length > 0)
                {
                    fields["description"] = new JiraRawJson(description);
                }
            }
            else if (description.Length > 0)
            {
                fields["description"] = description;
            }
        }

        // As in Alertmanager, a configured field replaces a standard one of the same name.
        foreach (var (key, value) in config.Fields)
        {
            fields[key] = Rendered(value, $"fields.{key}", r);
        }

        return (new Dictionary<string, object?> { ["fields"] = fields }, null);
    }

    private static object? Rendered(object? value, string path, TemplateRenderer r) => value switch
    {
        string s => r.Render(path, s),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Rendered(p.Value, $"{path}.{p.Key}", r), StringComparer.Ordinal),
        IEnumerable<object?> list => list.Select((item, i) => Rendered(item, $"{path}[{i}]", r)).ToList(),
        _ => value,
    };

    private static bool IsJson(string text)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
