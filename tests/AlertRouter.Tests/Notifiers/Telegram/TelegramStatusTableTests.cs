using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Telegram;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Telegram;

/// <summary>
/// The Bot API's answers (https://core.telegram.org/bots/api#making-requests, #responseparameters): every error is a
/// JSON body with <c>ok:false</c>, <c>error_code</c> and <c>description</c>; flood control adds
/// <c>parameters.retry_after</c>.
/// </summary>
public sealed class TelegramStatusTableTests : NotifierTest
{
    private const string Token = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";

    private TelegramConfig Config() => new() { ApiUrl = Server.Url, BotToken = new Secret(Token), ChatId = -1001234567890 };

    private static string Error(int code, string description, string parameters = "") =>
        $$"""{"ok":false,"error_code":{{code}},"description":"{{description}}"{{parameters}}}""";

    [Theory]
    [InlineData(200, """{"ok":true,"result":{"message_id":1,"chat":{"id":-1001234567890}}}""", "Delivered", null)]
    [InlineData(400, """{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""", "Permanent/clientError", null)]
    [InlineData(400, """{"ok":false,"error_code":400,"description":"Bad Request: can't parse entities: Unsupported start tag"}""", "Permanent/clientError", null)]
    [InlineData(400, """{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1009876543210}}""", "Permanent/clientError", null)]
    [InlineData(401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""", "Permanent/authError", null)]
    [InlineData(403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was kicked from the supergroup chat"}""", "Permanent/authError", null)]
    [InlineData(404, """{"ok":false,"error_code":404,"description":"Not Found"}""", "Permanent/clientError", null)]
    [InlineData(429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 17","parameters":{"retry_after":17}}""", "Retryable/rateLimited", 17)]
    [InlineData(500, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""", "Retryable/serverError", null)]
    [InlineData(502, "<html>Bad Gateway</html>", "Retryable/serverError", null)]
    [InlineData(200, "not json", "Retryable/other", null)]
    public async Task NotifyAsync_Answer_Classified(int status, string body, string expected, int? retryAfterSeconds)
    {
        Server.Enqueue(ScriptedResponse.Json(status, body));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null, (result as Retryable)?.RetryAfter);
        Assert.DoesNotContain(Token, result.Error ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_FloodControl_ErrorNamesDescriptionAndCode()
    {
        Server.Enqueue(ScriptedResponse.Json(429, Error(429, "Too Many Requests: retry after 3", ""","parameters":{"retry_after":3}""")));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal("telegram: Too Many Requests: retry after 3 (429)", result.Error);
    }

    [Fact]
    public async Task NotifyAsync_429WithoutParameters_WaitsRetryAfterHeader()
    {
        Server.Enqueue(ScriptedResponse.Json(429, Error(429, "Too Many Requests")) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "9" } });

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(TimeSpan.FromSeconds(9), Assert.IsType<Retryable>(result).RetryAfter);
    }

    [Fact]
    public async Task NotifyAsync_Request_SendMessageWithTokenInPathAndStringValues()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"ok":true,"result":{"message_id":1}}"""));

        await Harness.NotifyAsync(Config() with { DisableNotifications = true, MessageThreadId = 7 }, Samples.DiskFull());

        var request = Assert.Single(Server.Requests);
        Assert.Equal(("POST", $"/bot{Token}/sendMessage"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["chat_id", "disable_notification", "disable_web_page_preview", "message_thread_id", "parse_mode", "text"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.All(body.RootElement.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
        Assert.Equal("-1001234567890", body.RootElement.GetProperty("chat_id").GetString());
        Assert.Equal("7", body.RootElement.GetProperty("message_thread_id").GetString());
        Assert.Equal("HTML", body.RootElement.GetProperty("parse_mode").GetString());
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetworkWithoutToken()
    {
        var result = await Harness.NotifyAsync(Config() with { ApiUrl = Outcome.ClosedPortUrl("").TrimEnd('/') }, Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
        Assert.DoesNotContain(Token, result.Error!, StringComparison.Ordinal);
    }
}
