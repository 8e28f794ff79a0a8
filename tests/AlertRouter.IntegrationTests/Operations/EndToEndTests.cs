using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>
/// Issue 6's end-to-end proof: a Prometheus rule fires and resolves through Alertmanager and AlertRouter into Slack,
/// PagerDuty and email; then PagerDuty fails and Slack rate-limits; then every PromQL expression of the dashboard and
/// of the rules runs against that Prometheus, and the AlertRouter rules fire on the live data.
/// </summary>
public sealed class EndToEndTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stack_RuleFiresResolvesThenSinksFail_SinksGetEverythingAndDashboardAndRulesWorkOnLiveData()
    {
        await using var stack = await OperationsStack.StartAsync();

        stack.Firing = true;
        var trigger = await WaitForAsync(stack, stack.PagerDuty, r => Json(r).GetProperty("event_action").GetString() == "trigger");
        var post = await WaitForAsync(stack, stack.Slack, r => r.Path == "/api/chat.postMessage");
        var fired = await WaitForMailAsync(stack, 1);
        stack.Firing = false;
        var resolve = await WaitForAsync(stack, stack.PagerDuty, r => Json(r).GetProperty("event_action").GetString() == "resolve");
        var update = await WaitForAsync(stack, stack.Slack, r => r.Path == "/api/chat.update");
        var resolved = await WaitForMailAsync(stack, 2);

        await AssertPagerDutyAsync(stack, trigger, resolve);
        AssertSlack(post, update);
        AssertEmail(fired, resolved);

        stack.PagerDutyFails = true;
        stack.RateLimitSlack(3);
        stack.Firing = true;
        await WaitForSeriesAsync(stack, """alertrouter_circuit_state{receiver="oncall", integration="pagerduty"} == 2""");
        await WaitForSeriesAsync(stack, """alertrouter_notifications_failed_total{receiver="oncall", integration="pagerduty", reason="serverError"} > 0""");
        await WaitForSeriesAsync(stack, """alertrouter_delivery_retries_total{receiver="oncall", integration="pagerduty"} > 0""");
        await WaitForSeriesAsync(stack, """alertrouter_notifications_failed_total{receiver="oncall", integration="slack", reason="rateLimited"} > 0""");
        await WaitForSeriesAsync(stack, """alertrouter_rate_limit_waits_total{receiver="oncall", integration="slack"} > 0""");
        AssertRetryAfterHonoured(stack.RateLimitedSlackRequests);

        await WaitForSeriesAsync(stack, """ALERTS{alertname="NotificationFailureRatioHigh", alertstate="firing", receiver="oncall", integration="pagerduty"}""");
        await WaitForSeriesAsync(stack, """ALERTS{alertname="CircuitOpen", alertstate="firing", receiver="oncall", integration="pagerduty"}""");
        await LiveQueries.AssertDashboardReturnsDataAsync(stack);
        await LiveQueries.AssertRulesEvaluateAsync(stack);
        await LiveQueries.AssertQuietAlertsNeverFiredAsync(stack);
        await LiveQueries.AssertAlertReachedAlertmanagerAndRouterAsync(stack, "NotificationFailureRatioHigh");
    }

    private static async Task AssertPagerDutyAsync(OperationsStack stack, CapturedRequest trigger, CapturedRequest resolve)
    {
        using var log = JsonDocument.Parse(await stack.Router.Api.GetStringAsync("/api/v1/notifications?receiver=oncall"));
        var groupKey = log.RootElement.EnumerateArray().Select(n => n.GetProperty("groupKey").GetString()).Distinct().Single()!;
        var fire = Json(trigger);
        var clear = Json(resolve);

        Assert.Equal("/v2/enqueue", trigger.Path);
        Assert.Equal(OperationsStack.RoutingKey, fire.GetProperty("routing_key").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey))), fire.GetProperty("dedup_key").GetString());
        Assert.Equal(fire.GetProperty("dedup_key").GetString(), clear.GetProperty("dedup_key").GetString());
        Assert.StartsWith($"[FIRING:1] {OperationsStack.TestAlert}", fire.GetProperty("payload").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("critical", fire.GetProperty("payload").GetProperty("severity").GetString());
        Assert.Contains(fire.GetProperty("links").EnumerateArray(), l => l.GetProperty("href").GetString() == OperationsStack.TestRunbook);
        Assert.EndsWith("/#/alerts?receiver=oncall", fire.GetProperty("client_url").GetString(), StringComparison.Ordinal);
        Assert.Equal("resolve", clear.GetProperty("event_action").GetString());
    }

    private static void AssertSlack(CapturedRequest post, CapturedRequest update)
    {
        var posted = Json(post);
        var updated = Json(update);

        Assert.Equal($"Bearer {OperationsStack.SlackToken}", post.Headers["Authorization"]);
        Assert.Equal("#e2e", posted.GetProperty("channel").GetString());
        Assert.Equal("danger", posted.GetProperty("attachments")[0].GetProperty("color").GetString());
        Assert.Contains($"[FIRING:1] {OperationsStack.TestAlert}", posted.GetProperty("attachments")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(OperationsStack.SlackChannelId, updated.GetProperty("channel").GetString());
        Assert.Equal(OperationsStack.SlackTs, updated.GetProperty("ts").GetString());
        Assert.Equal("good", updated.GetProperty("attachments")[0].GetProperty("color").GetString());
        Assert.Contains($"[RESOLVED] {OperationsStack.TestAlert}", updated.GetProperty("attachments")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static void AssertEmail(SmtpMessage fired, SmtpMessage resolved)
    {
        Assert.True(fired.Tls);
        Assert.True(fired.Authenticated);
        Assert.Equal(["oncall@example.test"], fired.RcptTos);
        Assert.StartsWith($"[FIRING:1] {OperationsStack.TestAlert}", fired.Header("Subject"), StringComparison.Ordinal);
        Assert.Contains(OperationsStack.TestRunbook, fired.Parts[0].Content, StringComparison.Ordinal);
        Assert.StartsWith($"[RESOLVED] {OperationsStack.TestAlert}", resolved.Header("Subject"), StringComparison.Ordinal);
        Assert.NotNull(fired.Header("References"));
        Assert.Equal(fired.Header("References"), resolved.Header("References"));
        Assert.NotEqual(fired.Header("Message-ID"), resolved.Header("Message-ID"));
    }

    // Each 429 said Retry-After: 1, so no retry may come sooner.
    private static void AssertRetryAfterHonoured(IReadOnlyList<CapturedRequest> rateLimited)
    {
        Assert.Equal(3, rateLimited.Count);
        for (var i = 1; i < rateLimited.Count; i++)
        {
            Assert.True(rateLimited[i].ReceivedAt - rateLimited[i - 1].ReceivedAt >= TimeSpan.FromMilliseconds(950),
                $"retry {i} came {(rateLimited[i].ReceivedAt - rateLimited[i - 1].ReceivedAt).TotalMilliseconds} ms after a Retry-After: 1");
        }
    }

    private static async Task<CapturedRequest> WaitForAsync(OperationsStack stack, CaptureServer server, Func<CapturedRequest, bool> predicate)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (server.Requests.FirstOrDefault(predicate) is { } match)
            {
                return match;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no matching request at {server.Url} within {Timeout}; got:\n{string.Join("\n", server.Requests.Select(r => $"{r.Path} {r.Body}"))}\n{await stack.DiagnosticsAsync()}");
    }

    private static async Task<SmtpMessage> WaitForMailAsync(OperationsStack stack, int count)
    {
        try
        {
            return (await stack.Smtp.WaitForMessagesAsync(count, Timeout))[count - 1];
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{await stack.DiagnosticsAsync()}", e);
        }
    }

    private static async Task WaitForSeriesAsync(OperationsStack stack, string promql)
    {
        var deadline = DateTime.UtcNow + Timeout;
        JsonElement answer = default;
        while (DateTime.UtcNow < deadline)
        {
            answer = await stack.Prometheus.QueryAsync(promql);
            if (answer.GetProperty("status").GetString() == "success" && answer.GetProperty("data").GetProperty("result").GetArrayLength() > 0)
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{promql} returned nothing within {Timeout}: {answer}\n{await stack.DiagnosticsAsync()}");
    }

    private static JsonElement Json(CapturedRequest request)
    {
        using var doc = JsonDocument.Parse(request.Body);
        return doc.RootElement.Clone();
    }
}
