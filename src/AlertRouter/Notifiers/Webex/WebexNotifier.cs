using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Webex;

/// <summary>
/// <c>webex_configs</c>: POSTs the Markdown message to <c>api_url</c> with the bot token as <c>Authorization</c>.
/// 2xx delivered; 429 waits <c>Retry-After</c> (Alertmanager does not retry it); 5xx retried; 401/403 permanent auth
/// errors; other 4xx permanent.
/// </summary>
internal sealed class WebexNotifier(NotifierHttp http, TemplateEngine engine, ILogger<WebexNotifier> logger)
    : NotifierBase<WebexConfig>(logger)
{
    public override string Integration => "webex";

    protected override async Task<DeliveryResult> SendAsync(WebexConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.ApiUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webex api_url");
        }

        var body = GoJson.Encode(Build(config, engine.For(Integration, context)), WebexJsonContext.Default.WebexMessage);
        using var request = NotifierHttp.JsonPost(url, body, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }

    public static WebexMessage Build(WebexConfig config, TemplateRenderer r)
    {
        var message = r.Render("message", config.Message, """{{ template "webex.default.message" . }}""");
        var room = r.Render("room_id", config.RoomId);
        return new WebexMessage(WebexLimits.TruncateInBytes(message, WebexLimits.MaxMessageBytes), room.Length == 0 ? null : room);
    }
}
