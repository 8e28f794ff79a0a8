using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Wechat;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Wechat;

/// <summary>
/// WeChat's answers: HTTP statuses (5xx and 429 retried, others permanent) and WeChat's errcode in a 200 (0
/// delivered, 42001 token expired and retried with a new token, 45009 and -1 retried, others permanent).
/// </summary>
public sealed class WechatStatusTableTests : NotifierTest
{
    private const string TokenAnswer = """{"errcode":0,"errmsg":"ok","access_token":"tok-1","expires_in":7200}""";

    private WechatConfig Config() => new() { ApiSecret = new Secret("wx-secret-0123456789"), CorpId = "wwcorp", ApiUrl = Server.Url.TrimEnd('/') + "/cgi-bin/" };

    [Theory]
    [InlineData(200, """{"errcode":0,"errmsg":"ok"}""", "Delivered")]
    [InlineData(200, """{"errcode":42001,"errmsg":"access_token expired"}""", "Retryable/authError")]
    [InlineData(200, """{"errcode":45009,"errmsg":"reach max api daily quota limit"}""", "Retryable/rateLimited")]
    [InlineData(200, """{"errcode":-1,"errmsg":"system busy"}""", "Retryable/serverError")]
    [InlineData(200, """{"errcode":81013,"errmsg":"user & party & tag all invalid"}""", "Permanent/clientError")]
    [InlineData(200, "not json", "Permanent/other")]
    [InlineData(400, "", "Permanent/clientError")]
    [InlineData(401, "", "Permanent/authError")]
    [InlineData(429, "", "Retryable/rateLimited")]
    [InlineData(500, "", "Retryable/serverError")]
    [InlineData(503, "", "Retryable/serverError")]
    public async Task NotifyAsync_Answer_Classified(int status, string body, string expected)
    {
        Server.Enqueue(ScriptedResponse.Json(200, TokenAnswer), ScriptedResponse.Json(status, body));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(["GET /cgi-bin/gettoken", "POST /cgi-bin/message/send"], Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task NotifyAsync_TokenExpired_FetchesANewTokenOnTheNextAttemptOnly()
    {
        Server.Enqueue(ScriptedResponse.Json(200, TokenAnswer), ScriptedResponse.Json(200, """{"errcode":0,"errmsg":"ok"}"""),
            ScriptedResponse.Json(200, """{"errcode":42001,"errmsg":"access_token expired"}"""),
            ScriptedResponse.Json(200, TokenAnswer.Replace("tok-1", "tok-2", StringComparison.Ordinal)), ScriptedResponse.Json(200, """{"errcode":0,"errmsg":"ok"}"""));

        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(Outcome.Of(await Harness.NotifyAsync(Config(), Samples.DiskFull())));
        }

        Assert.Equal(["Delivered", "Retryable/authError", "Delivered"], results);
        Assert.Equal(
            ["/cgi-bin/gettoken?corpid=wwcorp&corpsecret=wx-secret-0123456789", "/cgi-bin/message/send?access_token=tok-1", "/cgi-bin/message/send?access_token=tok-1",
                "/cgi-bin/gettoken?corpid=wwcorp&corpsecret=wx-secret-0123456789", "/cgi-bin/message/send?access_token=tok-2"],
            Server.Requests.Select(r => r.Path + r.Query));
    }

    [Fact]
    public async Task NotifyAsync_NoTokenGiven_PermanentInvalidSecret()
    {
        Server.Enqueue(ScriptedResponse.Json(200, """{"errcode":40001,"errmsg":"invalid credential"}"""));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(("Permanent/authError", "invalid APISecret for CorpID: wwcorp"), (Outcome.Of(result), result.Error));
    }
}
