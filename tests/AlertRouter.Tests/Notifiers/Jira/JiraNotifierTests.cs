using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Jira;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Jira;

/// <summary>
/// Jira against a capture server that scripts the search, create, update and transition answers, compared with the
/// built example testdata/receivers/jira (Alertmanager v0.34.0 notify/jira) and Atlassian's documented REST API
/// (https://developer.atlassian.com/cloud/jira/platform/rest/v2/intro/, v3 issue search <c>POST /rest/api/3/search/jql</c>,
/// <c>GET</c>/<c>POST issue/{key}/transitions</c>).
/// </summary>
public sealed class JiraNotifierTests : NotifierTest
{
    private const string NoIssues = """{"issues":[]}""";

    private static string Found(string category) =>
        """{"issues":[{"id":"10042","key":"OPS-42","fields":{"status":{"name":"x","statusCategory":{"key":""" + "\"" + category + "\"" + "}}}}]}";

    private const string Transitions = """{"transitions":[{"id":"11","name":"Reopen"},{"id":"31","name":"Done"}]}""";

    /// <summary>The recordings' receiver (default.yml), on the capture server with <c>api_type: cloud</c> in place of the atlassian.net host.</summary>
    private JiraConfig Config() => new()
    {
        ApiUrl = Server.Url + "/rest/api/2/",
        ApiType = "cloud",
        Project = "OPS",
        IssueType = "Bug",
        ResolveTransition = "Done",
        ReopenTransition = "Reopen",
        ReopenDuration = TimeSpan.FromHours(1),
        WontFixResolution = "Won't Fix",
        Http = HttpClientConfig.Default with { BasicAuthUsername = "alerts@example.com", BasicAuthPassword = new Secret("jira-api-token-0123") },
    };

    private void Answer(params ScriptedResponse[] answers) => Server.Enqueue(answers);

    private void AssertRecorded(string name, int index)
    {
        var recorded = ReceiverRecordings.Request("jira", name);
        var request = Server.Requests[index];
        Assert.Equal((recorded.Method, recorded.Path), (request.Method, request.Path));
        Assert.Equal(recorded.Headers["Authorization"], request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("en", request.Headers["Accept-Language"]);
        Assert.Equal(recorded.Body, request.Body);
    }

    [Fact]
    public async Task NotifyAsync_FiringNoIssue_SearchesThenCreates()
    {
        Answer(ScriptedResponse.Json(200, NoIssues), ScriptedResponse.Json(201, """{"id":"10042","key":"OPS-42"}"""));

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: false));

        Assert.IsType<Delivered>(result);
        Assert.Equal(2, Server.Requests.Count);
        AssertRecorded("default-firing.1", 0);
        AssertRecorded("default-firing.2", 1);
    }

    [Fact]
    public async Task NotifyAsync_ResolvedOpenIssue_UpdatesThenAppliesResolveTransition()
    {
        Answer(ScriptedResponse.Json(200, Found("indeterminate")), new ScriptedResponse(204), ScriptedResponse.Json(200, Transitions), new ScriptedResponse(204));

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: true));

        Assert.True(result is Delivered, result.Error);
        Assert.Equal(4, Server.Requests.Count);
        AssertRecorded("default-resolved.1", 0);
        AssertRecorded("default-resolved.2", 1);
        Assert.Equal(("GET", "/rest/api/2/issue/OPS-42/transitions"), (Server.Requests[2].Method, Server.Requests[2].Path));
        AssertRecorded("default-resolved.4", 3);
    }

    [Fact]
    public async Task NotifyAsync_ResolvedNoIssue_CreatesNothing()
    {
        Answer(ScriptedResponse.Json(200, NoIssues));

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: true));

        Assert.IsType<Delivered>(result);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task NotifyAsync_FiringOnDoneIssue_UpdatesAndReopens()
    {
        Answer(ScriptedResponse.Json(200, Found("done")), new ScriptedResponse(204), ScriptedResponse.Json(200, Transitions), new ScriptedResponse(204));

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: false));

        Assert.IsType<Delivered>(result);
        Assert.Equal(("PUT", "/rest/api/2/issue/OPS-42"), (Server.Requests[1].Method, Server.Requests[1].Path));
        Assert.Equal("{\"transition\":{\"id\":\"11\"}}\n", Server.Requests[3].Body);
    }

    [Fact]
    public async Task NotifyAsync_FiringOnOpenIssue_UpdatesWithoutTransitionAndKeepsSummaryWhenUpdatesAreOff()
    {
        Answer(ScriptedResponse.Json(200, Found("new")), new ScriptedResponse(204));
        var config = Config() with { Summary = new JiraField(null, EnableUpdate: false) };

        var result = await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        Assert.IsType<Delivered>(result);
        Assert.Equal(2, Server.Requests.Count);
        Assert.DoesNotContain("\"summary\"", Server.Requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("\"description\"", Server.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_UnknownTransition_PermanentNamingIt()
    {
        Answer(ScriptedResponse.Json(200, Found("indeterminate")), new ScriptedResponse(204), ScriptedResponse.Json(200, """{"transitions":[]}"""));

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: true));

        Assert.Equal("Permanent/other", Outcome.Of(result));
        Assert.Equal("can't find transition Done for issue OPS-42", result.Error);
    }

    [Fact]
    public async Task NotifyAsync_CustomFieldsAndLabels_SortedAndRendered()
    {
        Answer(ScriptedResponse.Json(200, NoIssues), new ScriptedResponse(201));
        var config = Config() with
        {
            Labels = ["zeta", "alpha"],
            Priority = "",
            Fields = new Dictionary<string, object?>
            {
                ["customfield_10001"] = "text",
                ["customfield_10000"] = new Dictionary<string, object?> { ["value"] = "x", ["id"] = 7L },
                ["components"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "db" } },
            },
        };

        await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        var body = Server.Requests[1].Body;
        Assert.StartsWith("{\"fields\":{\"components\":[{\"name\":\"db\"}],\"customfield_10000\":{\"id\":7,\"value\":\"x\"},\"customfield_10001\":\"text\",\"description\":", body, StringComparison.Ordinal);
        Assert.Contains($"\"labels\":[\"ALERT{{{ReceiverRecordings.GroupKeyHash}}}\",\"alpha\",\"zeta\"],\"project\":", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"priority\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_ApiV3WithMarkdownDescription_PermanentInvalidJson()
    {
        Answer(ScriptedResponse.Json(200, NoIssues));
        var config = Config() with { ApiUrl = Server.Url + "/rest/api/3" };

        var result = await Harness.NotifyAsync(config, ReceiverRecordings.Group(resolved: false));

        Assert.Equal("description template: invalid JSON for API v3", result.Error);
        Assert.Single(Server.Requests);
    }

    [Theory]
    [InlineData(0, 400, "Permanent/clientError", "failed to look up existing issues: HTTP request to JIRA API: unexpected status code 400: bad")]
    [InlineData(0, 401, "Permanent/authError", "failed to look up existing issues: HTTP request to JIRA API: unexpected status code 401: bad")]
    [InlineData(0, 429, "Retryable/rateLimited", "failed to look up existing issues: HTTP request to JIRA API: unexpected status code 429: bad")]
    [InlineData(0, 503, "Retryable/serverError", "failed to look up existing issues: HTTP request to JIRA API: unexpected status code 503: bad")]
    [InlineData(1, 400, "Permanent/clientError", "failed to POST request to \"issue\": unexpected status code 400: bad")]
    [InlineData(1, 403, "Permanent/authError", "failed to POST request to \"issue\": unexpected status code 403: bad")]
    [InlineData(1, 404, "Permanent/clientError", "failed to POST request to \"issue\": unexpected status code 404: bad")]
    [InlineData(1, 429, "Retryable/rateLimited", "failed to POST request to \"issue\": unexpected status code 429: bad")]
    [InlineData(1, 500, "Retryable/serverError", "failed to POST request to \"issue\": unexpected status code 500: bad")]
    public async Task NotifyAsync_Status_Classified(int failingRequest, int status, string expected, string error)
    {
        var refusal = new ScriptedResponse(status, "bad") { Headers = new Dictionary<string, string> { ["Retry-After"] = "30" } };
        Answer(failingRequest == 0 ? [refusal] : [ScriptedResponse.Json(200, NoIssues), refusal]);

        var result = await Harness.NotifyAsync(Config(), ReceiverRecordings.Group(resolved: false));

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(error, result.Error);
        if (result is Retryable retryable)
        {
            Assert.Equal(TimeSpan.FromSeconds(30), retryable.RetryAfter);
        }
    }

    [Fact]
    public void SearchUrl_AutoOnAtlassianNet_V3SearchJql_OtherwiseV2Search()
    {
        var cloud = Config() with { ApiUrl = "https://example.atlassian.net/rest/api/2/", ApiType = "auto" };
        var dc = Config() with { ApiUrl = "https://jira.example.com/rest/api/2/", ApiType = "auto" };

        Assert.Equal("https://example.atlassian.net/rest/api/3/search/jql", JiraApi.SearchUrl(cloud).ToString());
        Assert.Equal("https://jira.example.com/rest/api/2/search", JiraApi.SearchUrl(dc).ToString());
        Assert.Equal("https://example.atlassian.net/rest/api/2/search", JiraApi.SearchUrl(cloud with { ApiType = "datacenter" }).ToString());
    }
}
