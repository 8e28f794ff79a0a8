using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Slack;

public sealed class SlackNotifierTests : NotifierTest
{
    private SlackConfig Webhook() => new() { ApiUrl = new Secret(Server.Url + "/services/T000/B000/XXXX"), Channel = "#alerts" };

    private SlackConfig Bot() => new() { AppToken = new Secret("xoxb-test-token"), AppUrl = Server.Url + "/api/chat.postMessage", Channel = "#alerts" };

    private static ScriptedResponse Ok(string channel = "C123", string ts = "1700000000.000100") =>
        ScriptedResponse.Json(200, $$"""{"ok":true,"channel":"{{channel}}","ts":"{{ts}}"}""");

    [Theory]
    [InlineData("am-slack-firing.json", false)]
    [InlineData("am-slack-resolved.json", true)]
    public async Task NotifyAsync_AlertmanagerSample_BodyIsByteIdentical(string sample, bool resolved)
    {
        var result = await Harness.NotifyAsync(Webhook(), Samples.DiskFull(resolved));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal(Samples.Read(sample), request.Body);
        Assert.Equal("/services/T000/B000/XXXX", request.Path);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task NotifyAsync_BotToken_PostsWithBearerAndReturnsChannelIdAndTs()
    {
        Server.Enqueue(Ok());

        var result = await Harness.NotifyAsync(Bot(), Samples.DiskFull());

        var delivered = Assert.IsType<Delivered>(result);
        Assert.Equal("C123", delivered.ReceiverData!["channel"]);
        Assert.Equal("1700000000.000100", delivered.ReceiverData["ts"]);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("/api/chat.postMessage", request.Path);
        Assert.Equal("Bearer xoxb-test-token", request.Headers["Authorization"]);
        Assert.StartsWith("{\"channel\":\"#alerts\",\"username\":\"Alertmanager\",", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_ResolveWithReceiverData_UpdatesTheSameMessage()
    {
        Server.Enqueue(Ok(), Ok());
        var first = (Delivered)await Harness.NotifyAsync(Bot(), Samples.DiskFull());

        var second = await Harness.NotifyAsync(Bot(), Samples.DiskFull(resolved: true) with { ReceiverData = first.ReceiverData! });

        Assert.Equal(first.ReceiverData, Assert.IsType<Delivered>(second).ReceiverData);
        Assert.Equal(2, Server.Requests.Count);
        var update = Server.Requests[1];
        Assert.Equal("/api/chat.update", update.Path);
        Assert.Equal("Bearer xoxb-test-token", update.Headers["Authorization"]);
        using var body = JsonDocument.Parse(update.Body);
        Assert.Equal("C123", body.RootElement.GetProperty("channel").GetString());
        Assert.Equal("1700000000.000100", body.RootElement.GetProperty("ts").GetString());
        Assert.Equal("good", body.RootElement.GetProperty("attachments")[0].GetProperty("color").GetString());
        Assert.StartsWith("[RESOLVED]", body.RootElement.GetProperty("attachments")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("message_not_found")]
    [InlineData("cant_update_message")]
    [InlineData("edit_window_closed")]
    [InlineData("channel_not_found")]
    public async Task NotifyAsync_UpdateRefusedAsClientError_PostsANewOne(string error)
    {
        Server.Enqueue(ScriptedResponse.Json(200, $$"""{"ok":false,"error":"{{error}}"}"""), Ok(ts: "1700000999.000200"));
        var context = Samples.DiskFull() with { ReceiverData = new Dictionary<string, string> { ["channel"] = "C123", ["ts"] = "1.1" } };

        var result = await Harness.NotifyAsync(Bot(), context);

        Assert.Equal("1700000999.000200", Assert.IsType<Delivered>(result).ReceiverData!["ts"]);
        Assert.Equal(["/api/chat.update", "/api/chat.postMessage"], Server.Requests.Select(r => r.Path));
        Assert.DoesNotContain("\"ts\"", Server.Requests[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"ok\":false,\"error\":\"invalid_auth\"}", "Permanent/authError")]
    [InlineData("{\"ok\":false,\"error\":\"ratelimited\"}", "Retryable/rateLimited")]
    public async Task NotifyAsync_UpdateFailsOtherwise_NoNewPost(string body, string expected)
    {
        Server.Enqueue(ScriptedResponse.Json(200, body));
        var context = Samples.DiskFull() with { ReceiverData = new Dictionary<string, string> { ["channel"] = "C123", ["ts"] = "1.1" } };

        var result = await Harness.NotifyAsync(Bot(), context);

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal("/api/chat.update", Assert.Single(Server.Requests).Path);
    }

    [Fact]
    public async Task NotifyAsync_UpdateMessageOff_AlwaysPostsAndKeepsNoReceiverData()
    {
        Server.Enqueue(Ok());
        var context = Samples.DiskFull() with { ReceiverData = new Dictionary<string, string> { ["channel"] = "C123", ["ts"] = "1.1" } };

        var result = await Harness.NotifyAsync(Bot() with { UpdateMessage = false }, context);

        Assert.Null(Assert.IsType<Delivered>(result).ReceiverData);
        Assert.Equal("/api/chat.postMessage", Assert.Single(Server.Requests).Path);
    }

    [Theory]
    [InlineData("rate_limited", "Retryable/rateLimited")]
    [InlineData("ratelimited", "Retryable/rateLimited")]
    [InlineData("internal_error", "Retryable/serverError")]
    [InlineData("invalid_auth", "Permanent/authError")]
    [InlineData("not_authed", "Permanent/authError")]
    [InlineData("account_inactive", "Permanent/authError")]
    [InlineData("token_revoked", "Permanent/authError")]
    [InlineData("channel_not_found", "Permanent/clientError")]
    [InlineData("not_in_channel", "Permanent/clientError")]
    [InlineData("is_archived", "Permanent/clientError")]
    [InlineData("msg_too_long", "Permanent/clientError")]
    [InlineData("no_text", "Permanent/clientError")]
    [InlineData("too_many_attachments", "Permanent/clientError")]
    [InlineData("invalid_blocks", "Permanent/clientError")]
    [InlineData("some_new_error", "Permanent/clientError")]
    public async Task NotifyAsync_OkFalse_ClassifiedByErrorCode(string error, string expected)
    {
        Server.Enqueue(ScriptedResponse.Json(200, $$"""{"ok":false,"error":"{{error}}"}"""));

        var result = await Harness.NotifyAsync(Bot(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal($"channel \"#alerts\": error response from Slack: {error}", result.Error);
    }

    [Theory]
    [InlineData(403, "invalid_token", "Permanent/authError")]
    [InlineData(404, "no_service", "Permanent/clientError")]
    [InlineData(404, "channel_not_found", "Permanent/clientError")]
    [InlineData(410, "channel_is_archived", "Permanent/clientError")]
    [InlineData(200, "no_text", "Permanent/clientError")]
    [InlineData(200, "<html>proxy</html>", "Permanent/clientError")]
    public async Task NotifyAsync_IncomingWebhookErrorBody_Classified(int status, string body, string expected)
    {
        Server.Enqueue(new ScriptedResponse(status, body));

        var result = await Harness.NotifyAsync(Webhook(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.StartsWith("channel \"#alerts\": ", result.Error, StringComparison.Ordinal);
        Assert.Contains(body, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_WebApiAnswersNonJson_RetryableOther()
    {
        Server.Enqueue(new ScriptedResponse(200, "<html>gateway</html>"));

        var result = await Harness.NotifyAsync(Bot(), Samples.DiskFull());

        Assert.Equal("Retryable/other", Outcome.Of(result));
    }

    [Fact]
    public async Task NotifyAsync_Http429_RetryAfterExactlyAsSent()
    {
        Server.Enqueue(ScriptedResponse.TooManyRequests(17));

        var result = await Harness.NotifyAsync(Bot(), Samples.DiskFull());

        var retryable = Assert.IsType<Retryable>(result);
        Assert.Equal(FailureReason.RateLimited, retryable.Reason);
        Assert.Equal(TimeSpan.FromSeconds(17), retryable.RetryAfter);
        Assert.Equal(429, retryable.StatusCode);
    }
}
