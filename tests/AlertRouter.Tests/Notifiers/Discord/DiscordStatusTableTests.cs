using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Discord;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Discord;

/// <summary>
/// Execute Webhook's answers (https://discord.com/developers/docs/resources/webhook#execute-webhook,
/// https://discord.com/developers/docs/topics/rate-limits): 204 without <c>?wait=true</c>; a 429 carries the body's
/// fractional <c>retry_after</c>, <c>X-RateLimit-Reset-After</c> and a whole-second <c>Retry-After</c>.
/// </summary>
public sealed class DiscordStatusTableTests : NotifierTest
{
    private const string Path = "/api/webhooks/123456789012345678/discord-webhook-token-0123";

    private DiscordConfig Config() => new() { WebhookUrl = new Secret(Server.Url + Path) };

    [Theory]
    [InlineData(204, "", "Delivered")]
    [InlineData(200, """{"id":"1"}""", "Delivered")]
    [InlineData(400, """{"embeds":["0"],"message":"Invalid Form Body","code":50035}""", "Permanent/clientError")]
    [InlineData(401, """{"message":"401: Unauthorized","code":0}""", "Permanent/authError")]
    [InlineData(403, """{"message":"Missing Access","code":50001}""", "Permanent/authError")]
    [InlineData(404, """{"message":"Unknown Webhook","code":10015}""", "Permanent/clientError")]
    [InlineData(429, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", "Retryable/rateLimited")]
    [InlineData(500, "", "Retryable/serverError")]
    [InlineData(502, "<html>Bad Gateway</html>", "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string body, string expected)
    {
        Server.Enqueue(ScriptedResponse.Json(status, body));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (result.Error is { } error)
        {
            Assert.StartsWith($"unexpected status code {status}", error, StringComparison.Ordinal);
            Assert.DoesNotContain("discord-webhook-token-0123", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"message":"You are being rate limited.","retry_after":64.57,"global":false}""", "1", "2", 64570)]
    [InlineData("""{"message":"You are being rate limited.","global":false}""", "1.25", "2", 1250)]
    [InlineData("rate limited", null, "2", 2000)]
    public async Task NotifyAsync_429_WaitsBodyThenResetAfterThenRetryAfter(string body, string? resetAfter, string retryAfter, int expectedMs)
    {
        var headers = new Dictionary<string, string> { ["Retry-After"] = retryAfter };
        if (resetAfter is not null)
        {
            headers["X-RateLimit-Reset-After"] = resetAfter;
        }

        Server.Enqueue(ScriptedResponse.Json(429, body) with { Headers = headers });

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Assert.IsType<Retryable>(result).RetryAfter);
    }

    [Fact]
    public async Task NotifyAsync_Request_OneEmbedRedWhileFiringGreenWhenResolved()
    {
        Server.Enqueue(new ScriptedResponse(204), new ScriptedResponse(204));

        await Harness.NotifyAsync(Config() with { Username = "bot", AvatarUrl = "https://img.example/a.png" }, Samples.DiskFull());
        await Harness.NotifyAsync(Config(), Samples.DiskFull(resolved: true));

        var firing = Server.Requests[0];
        Assert.Equal(("POST", Path), (firing.Method, firing.Path));
        using var fired = JsonDocument.Parse(firing.Body);
        Assert.Equal(["content", "embeds", "username", "avatar_url"], fired.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(DiscordNotifier.Red, Assert.Single(fired.RootElement.GetProperty("embeds").EnumerateArray()).GetProperty("color").GetInt32());
        using var resolved = JsonDocument.Parse(Server.Requests[1].Body);
        Assert.Equal(["content", "embeds"], resolved.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(DiscordNotifier.Green, resolved.RootElement.GetProperty("embeds")[0].GetProperty("color").GetInt32());
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await Harness.NotifyAsync(Config() with { WebhookUrl = new Secret(Outcome.ClosedPortUrl(Path)) }, Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(result));
        Assert.DoesNotContain("discord-webhook-token-0123", result.Error!, StringComparison.Ordinal);
    }
}
