using System.Globalization;
using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.RocketChat;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.RocketChat;

/// <summary>
/// chat.postMessage's answers
/// (https://developer.rocket.chat/reference/api/rest-api/endpoints/messaging/chat-endpoints/postmessage,
/// https://docs.rocket.chat/docs/rate-limiter: 429 <c>error-too-many-requests</c> with <c>X-RateLimit-Reset</c> in
/// epoch milliseconds).
/// </summary>
public sealed class RocketChatStatusTableTests : NotifierTest
{
    private RocketChatConfig Config() => new()
    {
        ApiUrl = Server.Url + "/",
        Token = new Secret("rocketchat-t0k3n"),
        TokenId = new Secret("rocketchat-user-id-0123"),
        Channel = "#alerts",
    };

    [Theory]
    [InlineData(200, """{"ts":1,"channel":"alerts","message":{},"success":true}""", "Delivered")]
    [InlineData(200, """{"success":false,"error":"error-not-allowed"}""", "Permanent/clientError")]
    [InlineData(200, "<html>proxy</html>", "Retryable/other")]
    [InlineData(400, """{"success":false,"error":"[invalid-channel]"}""", "Permanent/clientError")]
    [InlineData(401, """{"status":"error","message":"You must be logged in to do this."}""", "Permanent/authError")]
    [InlineData(403, """{"success":false,"error":"unauthorized"}""", "Permanent/authError")]
    [InlineData(429, """{"success":false,"error":"Error, too many requests. Please slow down. You must wait 8 seconds before trying this endpoint again. [error-too-many-requests]"}""", "Retryable/rateLimited")]
    [InlineData(500, "", "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected)
    {
        Server.Enqueue(ScriptedResponse.Json(status, body));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        if (result.Error is { } error)
        {
            Assert.StartsWith("channel \"#alerts\": ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("rocketchat-t0k3n", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NotifyAsync_429_WaitsTheSecondsOfTheMessage()
    {
        Server.Enqueue(ScriptedResponse.Json(429, """{"success":false,"error":"You must wait 8 seconds before trying this endpoint again. [error-too-many-requests]"}"""));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(TimeSpan.FromSeconds(8), Assert.IsType<Retryable>(result).RetryAfter);
    }

    [Fact]
    public async Task NotifyAsync_429WithRateLimitReset_WaitsUntilThatMillisecond()
    {
        var time = new ManualTimeProvider();
        using var harness = new NotifierHarness(time: time);
        var reset = time.GetUtcNow().AddMilliseconds(12_345).ToUnixTimeMilliseconds();
        Server.Enqueue(ScriptedResponse.Json(429, """{"success":false,"error":"too many"}""") with
        {
            Headers = new Dictionary<string, string> { ["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture) },
        });

        var result = await harness.NotifyAsync(Config(), Samples.DiskFull());

        var wait = Assert.IsType<Retryable>(result).RetryAfter!.Value;
        Assert.InRange(wait, TimeSpan.FromMilliseconds(12_344), TimeSpan.FromMilliseconds(12_345));
    }

    [Fact]
    public async Task NotifyAsync_Request_AuthHeadersAndDocumentedShape()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"success":true}"""));
        var config = Config() with
        {
            Fields = [new RocketChatField("Instance", "db-1", null), new RocketChatField("Team", "infra", true)],
            Actions = [new RocketChatAction("Runbook", "https://runbooks.example/disk", null)],
        };

        await Harness.NotifyAsync(config, Samples.DiskFull());

        var request = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/api/v1/chat.postMessage"), (request.Method, request.Path));
        Assert.Equal(("rocketchat-t0k3n", "rocketchat-user-id-0123"), (request.Headers["X-Auth-Token"], request.Headers["X-User-Id"]));
        using var body = JsonDocument.Parse(request.Body);
        var attachment = Assert.Single(body.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Equal("""[{"short":false,"title":"Instance","value":"db-1"},{"short":true,"title":"Team","value":"infra"}]""",
            attachment.GetProperty("fields").GetRawText());
        Assert.Equal("""[{"type":"button","text":"Runbook","url":"https://runbooks.example/disk","is_webview":false,"msg_in_chat_window":false}]""",
            attachment.GetProperty("actions").GetRawText());
    }
}
