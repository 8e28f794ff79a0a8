using AlertRouter.Model;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>
/// <c>rocketchat_configs</c>: POSTs one attachment to <c>&lt;api_url&gt;api/v1/chat.postMessage</c> with
/// <c>X-Auth-Token</c> and <c>X-User-Id</c>; the title is cut to 1,024 runes. Errors start with <c>channel "…": </c>.
/// </summary>
internal sealed class RocketChatNotifier(NotifierHttp http, TemplateEngine engine, TimeProvider time, ILogger<RocketChatNotifier> logger)
    : NotifierBase<RocketChatConfig>(logger)
{
    public const int MaxTitleRunes = 1024;

    public override string Integration => "rocketchat";

    /// <summary>api_url joined with <c>api/v1/chat.postMessage</c> as Go's URL.JoinPath does (one '/' between).</summary>
    public static string PostMessageUrl(string apiUrl) => apiUrl.TrimEnd('/') + "/api/v1/chat.postMessage";

    protected override async Task<DeliveryResult> SendAsync(RocketChatConfig config, NotificationContext context, CancellationToken ct)
    {
        var message = Build(config, engine.For(Integration, context));
        var prefix = $"channel {GoQuote.Quote(message.Channel ?? "")}: ";
        if (!Uri.TryCreate(PostMessageUrl(config.ApiUrl), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, prefix + "invalid api_url");
        }

        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, RocketChatJsonContext.Default.RocketChatMessage), config.Http);
        request.Headers.TryAddWithoutValidation("X-Auth-Token", config.Token?.Reveal() ?? "");
        request.Headers.TryAddWithoutValidation("X-User-Id", config.TokenId?.Reveal() ?? "");
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure is not null ? Prefixed(failure, prefix) : RocketChatResponses.Classify(reply!, prefix, time.GetUtcNow());
    }

    public static RocketChatMessage Build(RocketChatConfig config, TemplateRenderer r)
    {
        var fields = config.Fields.Select((f, i) => new RocketChatMessageField(
            f.Short ?? config.ShortFields, Null(r.Render($"fields[{i}].title", f.Title)), Null(r.Render($"fields[{i}].value", f.Value)))).ToList();
        var actions = config.Actions.Select((a, i) => new RocketChatMessageAction
        {
            Text = Null(r.Render($"actions[{i}].text", a.Text)),
            Url = Null(r.Render($"actions[{i}].url", a.Url)),
            Msg = Null(r.Render($"actions[{i}].msg", a.Msg)),
        }).ToList();
        var attachment = new RocketChatAttachment
        {
            Title = Null(GoStrings.TruncateInRunes(r.Render("title", config.Title, Default("title")), MaxTitleRunes)),
            TitleLink = Null(r.Render("title_link", config.TitleLink, Default("titlelink"))),
            Text = Null(r.Render("text", config.Text, Default("text"))),
            ImageUrl = Null(r.Render("image_url", config.ImageUrl)),
            ThumbUrl = Null(r.Render("thumb_url", config.ThumbUrl)),
            Color = Null(r.Render("color", config.Color, """{{ if eq .Status "firing" }}red{{ else }}green{{ end }}""")),
            Fields = fields.Count == 0 ? null : fields,
            Actions = actions.Count == 0 ? null : actions,
        };
        return new RocketChatMessage
        {
            Channel = Null(r.Render("channel", config.Channel)),
            Emoji = Null(r.Render("emoji", config.Emoji, Default("emoji"))),
            Avatar = Null(r.Render("icon_url", config.IconUrl, Default("iconurl"))),
            Attachments = [attachment],
        };
    }

    private static string Default(string name) => "{{ template \"rocketchat.default." + name + "\" . }}";

    private static string? Null(string value) => value.Length == 0 ? null : value;

    private static DeliveryResult Prefixed(DeliveryResult result, string prefix) => result switch
    {
        Retryable r => r with { Message = prefix + r.Message },
        Permanent p => p with { Message = prefix + p.Message },
        _ => result,
    };
}
