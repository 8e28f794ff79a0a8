using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;

namespace AlertRouter.Tests.Notifiers.Jira;

/// <summary>Jira through the real worker path on the manual clock: a 429 on the search waits its Retry-After.</summary>
public class JiraPacingTests
{
    [Fact]
    public async Task RetryAfter_Search429_NextAttemptExactlyAtRetryAfter()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: jira, group_wait: 0s, group_interval: 1h}
            receivers: [{name: jira, jira_configs: [{api_url: SINK/rest/api/2/, api_type: datacenter, project: OPS, issue_type: Bug}]}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, r => Interlocked.Increment(ref calls) == 1
            ? new ScriptedResponse(429, "") { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } }
            : r.Path.EndsWith("/search", StringComparison.Ordinal) ? ScriptedResponse.Json(200, """{"issues":[]}""") : ScriptedResponse.Json(201, "{}"));
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([start, start.AddSeconds(42)], sink.TimesFor("/rest/api/2/search"));
        Assert.Equal([start.AddSeconds(42)], sink.TimesFor("/rest/api/2/issue"));
        var n = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal("delivered", n.GetProperty("state").GetString());
    }
}
