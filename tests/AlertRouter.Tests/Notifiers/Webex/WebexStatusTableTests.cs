using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Webex;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webex;

/// <summary>
/// Create a Message's answers (https://developer.webex.com/docs/api/v1/messages/create-a-message,
/// https://developer.webex.com/docs/basics: 429 with <c>Retry-After</c> in seconds).
/// </summary>
public sealed class WebexStatusTableTests : NotifierTest
{
    private WebexConfig Config() => new()
    {
        ApiUrl = Server.Url + "/v1/messages",
        RoomId = "Y2lzY29zcGFyazovL3VzL1JPT00v",
        Http = new HttpClientConfig { AuthorizationCredentials = new Secret("webex-bot-t0k3n") },
    };

    [Theory]
    [InlineData(200, """{"id":"1","roomId":"r"}""", "Delivered", null)]
    [InlineData(400, """{"message":"The request could not be understood","trackingId":"t"}""", "Permanent/clientError", null)]
    [InlineData(401, """{"message":"The request requires a valid access token set in the Authorization request header."}""", "Permanent/authError", null)]
    [InlineData(403, """{"message":"Failed to post message."}""", "Permanent/authError", null)]
    [InlineData(404, """{"message":"Could not find a room with provided ID."}""", "Permanent/clientError", null)]
    [InlineData(429, """{"message":"Too many requests"}""", "Retryable/rateLimited", 42)]
    [InlineData(500, "", "Retryable/serverError", 42)]
    [InlineData(503, """{"message":"Service Unavailable"}""", "Retryable/serverError", 42)]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected, int? retryAfterSeconds)
    {
        Server.Enqueue(ScriptedResponse.Json(status, body) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } });

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null, (result as Retryable)?.RetryAfter);
        Assert.DoesNotContain("webex-bot-t0k3n", result.Error ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_Request_BearerTokenMarkdownAndRoomId()
    {
        await Harness.NotifyAsync(Config(), Samples.DiskFull());

        var request = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/v1/messages", "Bearer webex-bot-t0k3n"), (request.Method, request.Path, request.Headers["Authorization"]));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["markdown", "roomId"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1JPT00v", body.RootElement.GetProperty("roomId").GetString());
    }

    [Theory]
    [InlineData("abc", 7439, "abc")]
    [InlineData("aé€aé€", 9, "aé€…")]
    [InlineData("aé€aé€", 8, "aé…")]
    [InlineData("aé€aé€", 3, "…")]
    [InlineData("aé€aé€", 2, "..")]
    public void TruncateInBytes_AlertmanagersRule(string value, int maxBytes, string expected) =>
        Assert.Equal(expected, WebexLimits.TruncateInBytes(value, maxBytes));
}
