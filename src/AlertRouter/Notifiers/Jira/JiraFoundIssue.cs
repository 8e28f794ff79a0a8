using System.Text.Json;

namespace AlertRouter.Notifiers.Jira;

/// <summary>The first issue of a search answer: its key and whether its status category is <c>done</c>.</summary>
internal sealed record JiraFoundIssue(string Key, string? StatusCategory)
{
    public bool IsDone => StatusCategory == "done";

    /// <summary>Null when the answer lists no issue; throws a JsonException when it is not a search answer.</summary>
    public static JiraFoundIssue? FirstOf(string body)
    {
        using var doc = JsonDocument.Parse(body);
        if (!doc.RootElement.TryGetProperty("issues", out var issues) || issues.ValueKind != JsonValueKind.Array || issues.GetArrayLength() == 0)
        {
            return null;
        }

        var issue = issues[0];
        var key = issue.TryGetProperty("key", out var k) ? k.GetString() ?? "" : "";
        string? category = null;
        if (issue.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object &&
            fields.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object &&
            status.TryGetProperty("statusCategory", out var cat) && cat.TryGetProperty("key", out var catKey))
        {
            category = catKey.GetString();
        }

        return new JiraFoundIssue(key, category);
    }

    /// <summary>The id of the transition named <paramref name="name"/> in a transitions answer, or null.</summary>
    public static string? TransitionId(string body, string name)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.TryGetProperty("transitions", out var transitions) && transitions.ValueKind == JsonValueKind.Array
            ? transitions.EnumerateArray()
                .Where(t => t.TryGetProperty("name", out var n) && n.GetString() == name)
                .Select(t => t.TryGetProperty("id", out var id) ? id.GetString() : null)
                .FirstOrDefault()
            : null;
    }
}
