using System.Text.Json;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>
/// <c>wechat_configs</c> as Alertmanager 0.25's notify/wechat: a <c>GET gettoken?corpid=…&amp;corpsecret=…</c> when no
/// token younger than two hours is held, then <c>POST message/send?access_token=…</c> of a text or markdown message.
/// 5xx and 429 are retried (429 with its <c>Retry-After</c>), other statuses are permanent. WeChat's own answer
/// decides the rest: errcode 0 is delivered, 42001 (token expired) drops the token and retries, 45009 and -1 (over the
/// frequency limit, busy) retry, any other errcode is permanent with WeChat's errmsg.
/// </summary>
internal sealed class WechatNotifier(NotifierHttp http, TemplateEngine engine, WechatTokens tokens, ILogger<WechatNotifier> logger)
    : NotifierBase<WechatConfig>(logger)
{
    // Alertmanager's DefaultWechatConfig.
    private const string DefaultMessage = """{{ template "wechat.default.message" . }}""";
    private const string DefaultToUser = """{{ template "wechat.default.to_user" . }}""";
    private const string DefaultToParty = """{{ template "wechat.default.to_party" . }}""";
    private const string DefaultToTag = """{{ template "wechat.default.to_tag" . }}""";
    private const string DefaultAgentId = """{{ template "wechat.default.agent_id" . }}""";

    public override string Integration => "wechat";

    protected override async Task<DeliveryResult> SendAsync(WechatConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.ApiUrl, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid api_url");
        }

        var r = engine.For(Integration, context);
        var token = tokens.Get(config);
        if (token is null)
        {
            var query = $"corpid={GoStrings.QueryEscape(r.Render("corp_id", config.CorpId))}&corpsecret={GoStrings.QueryEscape(r.Render("api_secret", config.ApiSecret.Reveal()))}";
            var (fetched, failure) = await FetchTokenAsync(config, Target(apiUrl, "gettoken", query), ct);
            if (failure is not null)
            {
                return failure;
            }

            token = fetched!;
            tokens.Set(config, token);
        }

        var content = r.Render("message", config.Message, DefaultMessage);
        var message = new WechatMessage
        {
            Text = new WechatContent(config.MessageType == "markdown" ? "" : content),
            ToUser = Empty(r.Render("to_user", config.ToUser, DefaultToUser)),
            ToParty = Empty(r.Render("to_party", config.ToParty, DefaultToParty)),
            ToTag = Empty(r.Render("to_tag", config.ToTag, DefaultToTag)),
            AgentId = Empty(r.Render("agent_id", config.AgentId, DefaultAgentId)),
            MessageType = config.MessageType,
            Markdown = new WechatContent(config.MessageType == "markdown" ? content : ""),
        };
        var url = Target(apiUrl, "message/send", $"access_token={GoStrings.QueryEscape(token)}");
        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, WechatJsonContext.Default.WechatMessage), config.Http);
        var (reply, sendFailure) = await http.SendAsync(config, config.Http, request, ct);
        if (sendFailure is not null)
        {
            return sendFailure;
        }

        if (!reply!.IsSuccess)
        {
            return HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
        }

        var answer = Read(reply.Body);
        if (answer?.ErrCode == 42001)
        {
            tokens.Drop(config);
        }

        return answer switch
        {
            null => new Permanent(FailureReason.Other, reply.Status, $"unreadable answer: {reply.TrimmedBody}"),
            { ErrCode: 0 } => new Delivered(reply.Status),
            _ => Failed(answer, reply.Status),
        };
    }

    private async Task<(string? Token, DeliveryResult? Failure)> FetchTokenAsync(WechatConfig config, Uri url, CancellationToken ct)
    {
        using var request = NotifierHttp.Request(HttpMethod.Get, url, null, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return (null, failure);
        }

        if (!reply!.IsSuccess)
        {
            return (null, HttpFailures.FromStatus(reply, "gettoken: " + HttpFailures.UnexpectedStatus(reply)));
        }

        return Read(reply.Body) switch
        {
            { AccessToken: { Length: > 0 } token } => (token, null),
            { ErrCode: 45009 or -1 } busy => (null, Failed(busy, reply.Status)),
            _ => (null, new Permanent(FailureReason.AuthError, reply.Status, $"invalid APISecret for CorpID: {config.CorpId}")),
        };
    }

    private static DeliveryResult Failed(WechatReply answer, int status)
    {
        var text = $"errcode {answer.ErrCode}: {answer.ErrMsg}";
        return answer.ErrCode switch
        {
            42001 => new Retryable(FailureReason.AuthError, status, text),
            45009 => new Retryable(FailureReason.RateLimited, status, text),
            -1 => new Retryable(FailureReason.ServerError, status, text),
            _ => new Permanent(FailureReason.ClientError, status, text),
        };
    }

    private static WechatReply? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, WechatJsonContext.Default.WechatReply);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>api_url</c> + path, the URL's own query kept, the pairs sorted by name as Go's url.Values.Encode writes them.</summary>
    private static Uri Target(Uri apiUrl, string path, string query)
    {
        var pairs = apiUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Concat(query.Split('&'))
            .OrderBy(p => p[..(p.IndexOf('=') is var i && i < 0 ? p.Length : i)], StringComparer.Ordinal);
        return new UriBuilder(apiUrl) { Path = apiUrl.AbsolutePath + path, Query = string.Join("&", pairs) }.Uri;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
