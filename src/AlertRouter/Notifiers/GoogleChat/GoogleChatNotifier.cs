using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>
/// <c>googlechat_configs</c>: one POST of a text-plus-card message to the space's webhook, in the group's thread
/// (<c>threadKey</c> = SHA-256 of the group key, <c>messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD</c>) unless
/// <c>thread: false</c>. 5xx and 429 are retried (Google sends no wait hint; a <c>Retry-After</c> is kept if one
/// comes), other statuses are permanent (401/403/404: the webhook was revoked).
/// </summary>
internal sealed class GoogleChatNotifier(NotifierHttp http, TemplateEngine engine, ILogger<GoogleChatNotifier> logger)
    : NotifierBase<GoogleChatConfig>(logger)
{
    public const string DefaultTitle = """{{ template "__subject" . }}""";

    /// <summary>One line per alert: its instance in bold and its summary; html/template escapes the values.</summary>
    public const string DefaultText = """{{ range $i, $a := .Alerts }}{{ if $i }}<br>{{ end }}<b>{{ $a.Labels.instance }}</b> {{ $a.Annotations.summary }}{{ end }}""";

    private const string AlertmanagerUrl = """{{ template "__alertmanagerURL" . }}""";

    public override string Integration => "googlechat";

    protected override async Task<DeliveryResult> SendAsync(GoogleChatConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.WebhookUrl.Reveal(), UriKind.Absolute, out var webhook) || webhook.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webhook_url");
        }

        var r = engine.For(Integration, context);
        var title = r.Render("title", config.Title, DefaultTitle);
        var card = new GoogleChatCard(
            new GoogleChatCardHeader(title, r.Render("subtitle", "{{ .Receiver }}")),
            [
                new GoogleChatSection(
                [
                    new GoogleChatWidget { TextParagraph = new GoogleChatTextParagraph(r.Render("text", config.Text, DefaultText, TemplateFlavor.Html)) },
                    new GoogleChatWidget
                    {
                        ButtonList = new GoogleChatButtonList([new GoogleChatButton("Open in Alertmanager", new GoogleChatOnClick(new GoogleChatOpenLink(r.Render("url", AlertmanagerUrl))))]),
                    },
                ]),
            ]);
        var body = GoJson.Encode(new GoogleChatMessage(title, [new GoogleChatCardWithId("alertrouter", card)]), GoogleChatJsonContext.Default.GoogleChatMessage);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        using var request = NotifierHttp.Request(HttpMethod.Post, config.Thread ? Threaded(webhook, context.GroupKey) : webhook, content, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }

    /// <summary>The webhook URL with the group's thread added to its query (pairs sorted by name).</summary>
    private static Uri Threaded(Uri webhook, string groupKey)
    {
        var thread = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey)));
        var pairs = webhook.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("threadKey=", StringComparison.Ordinal) && !p.StartsWith("messageReplyOption=", StringComparison.Ordinal))
            .Concat(["threadKey=" + thread, "messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"])
            .OrderBy(p => p[..(p.IndexOf('=') is var i && i < 0 ? p.Length : i)], StringComparer.Ordinal);
        return new UriBuilder(webhook) { Query = string.Join("&", pairs) }.Uri;
    }
}
