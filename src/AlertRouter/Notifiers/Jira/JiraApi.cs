using AlertRouter.Model;

namespace AlertRouter.Notifiers.Jira;

/// <summary>Where Alertmanager's Jira notifier sends each request, and the JQL that finds a group's issue.</summary>
internal static class JiraApi
{
    /// <summary>The group key's SHA-256 in hex, which the issue carries as its <c>ALERT{…}</c> label.</summary>
    public static string GroupHash(string groupKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(groupKey)));

    /// <summary>Go's <c>url.JoinPath</c> for the paths used here: one slash between the API root and the path.</summary>
    public static Uri Join(string apiUrl, string path) => new(apiUrl.TrimEnd('/') + "/" + path.TrimStart('/'));

    /// <summary>
    /// The search endpoint: <c>search</c> on Data Center (and <c>auto</c> off atlassian.net); <c>search/jql</c> under
    /// <c>/rest/api/3/</c> on Cloud, the legacy search being gone there (Atlassian CHANGE-2046).
    /// </summary>
    public static Uri SearchUrl(JiraConfig config)
    {
        var cloud = config.ApiType == "cloud" ||
            (config.ApiType == "auto" && new Uri(config.ApiUrl).Host.EndsWith("atlassian.net", StringComparison.Ordinal));
        if (!cloud)
        {
            return Join(config.ApiUrl, "/search");
        }

        var url = Join(config.ApiUrl, "/search/jql").ToString();
        var v2 = url.IndexOf("/rest/api/2/", StringComparison.Ordinal);
        return new Uri(v2 < 0 ? url : string.Concat(url.AsSpan(0, v2), "/rest/api/3/", url.AsSpan(v2 + "/rest/api/2/".Length)));
    }

    /// <summary>An <c>api_url</c> whose path ends in <c>/3</c> speaks API v3: descriptions are Atlassian Document Format.</summary>
    public static bool IsV3(JiraConfig config) => new Uri(config.ApiUrl).AbsolutePath.TrimEnd('/').EndsWith("/3", StringComparison.Ordinal);

    /// <summary>
    /// The JQL of notify/jira (0.34): won't-fix issues excluded (an unresolved issue kept), open issues, or while firing
    /// with a reopen transition, also those resolved within reopen_duration; newest resolution first.
    /// </summary>
    public static string Jql(JiraConfig config, string project, string groupHash, bool firing)
    {
        var jql = config.WontFixResolution.Length > 0 ? $"(resolution is EMPTY or resolution != {GoQuote.Quote(config.WontFixResolution)}) and " : "";
        var minutes = (long)config.ReopenDuration.TotalMinutes;
        jql += firing && config.ReopenTransition.Length > 0 && minutes > 0
            ? $"(resolutiondate is EMPTY OR resolutiondate >= -{minutes}m) and "
            : "statusCategory != Done and ";
        return jql + $"project={GoQuote.Quote(project)} and labels={GoQuote.Quote($"ALERT{{{groupHash}}}")} order by status ASC,resolutiondate DESC";
    }

    /// <summary>The search body: the status of at most two issues.</summary>
    public static Dictionary<string, object?> Search(string jql) => new()
    {
        ["fields"] = new List<object?> { "status" },
        ["jql"] = jql,
        ["maxResults"] = 2,
    };
}
