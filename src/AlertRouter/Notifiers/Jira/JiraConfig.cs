using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Jira;

/// <summary>
/// <c>jira_configs</c> (Alertmanager 0.28; <c>api_type</c> 0.29; the <c>{template, enable_update}</c> form of summary
/// and description 0.30): one Jira issue per alert group, found again by its <c>ALERT{group key hash}</c> label, updated
/// while the group notifies and moved by <c>resolve_transition</c> / <c>reopen_transition</c>. send_resolved defaults
/// to true. Null templates are Alertmanager's defaults.
/// </summary>
public sealed record JiraConfig() : IntegrationConfig("jira")
{
    /// <summary><c>api_url</c>, else the global <c>jira_api_url</c>: the REST API root, e.g. <c>https://x.atlassian.net/rest/api/2/</c>.</summary>
    public required string ApiUrl { get; init; }

    /// <summary><c>api_type</c>: auto, cloud or datacenter; picks the search endpoint.</summary>
    public string ApiType { get; init; } = "auto";

    public required string Project { get; init; }

    public required string IssueType { get; init; }

    public JiraField Summary { get; init; } = new(null, true);

    public JiraField Description { get; init; } = new(null, true);

    public IReadOnlyList<string> Labels { get; init; } = [];

    public string? Priority { get; init; }

    public string ReopenTransition { get; init; } = "";

    public string ResolveTransition { get; init; } = "";

    public string WontFixResolution { get; init; } = "";

    public TimeSpan ReopenDuration { get; init; }

    /// <summary><c>fields</c>: extra issue fields, a YAML tree whose strings are templates (see <see cref="JiraJson"/>).</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets();
}
