using System.Globalization;
using System.Net.Http.Headers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Templates;
using Microsoft.Extensions.Options;

namespace AlertRouter.Notifiers.Pushover;

/// <summary>
/// <c>pushover_configs</c> as Alertmanager 0.25's notify/pushover: one empty <c>text/plain</c> POST whose query
/// holds every parameter (sorted by name, as Go's url.Values.Encode writes them): title cut at 250 runes, message
/// (html/template with <c>html: true</c>) cut at 1024 runes then trimmed, "(no details)" when empty, url cut at 512
/// runes, priority, retry and expire in whole seconds, sound. 5xx is retried, and 429 (which Alertmanager does
/// not retry) with its <c>Retry-After</c>; other statuses are permanent.
/// </summary>
internal sealed class PushoverNotifier(NotifierHttp http, TemplateEngine engine, IOptions<PushoverEndpoint> endpoint, ILogger<PushoverNotifier> logger)
    : NotifierBase<PushoverConfig>(logger)
{
    public const int MaxTitleRunes = 250;
    public const int MaxMessageRunes = 1024;
    public const int MaxUrlRunes = 512;

    // Alertmanager's DefaultPushoverConfig.
    private const string DefaultTitle = """{{ template "pushover.default.title" . }}""";
    private const string DefaultMessage = """{{ template "pushover.default.message" . }}""";
    private const string DefaultUrl = """{{ template "pushover.default.url" . }}""";
    private const string DefaultPriority = """{{ if eq .Status "firing" }}2{{ else }}0{{ end }}""";

    public override string Integration => "pushover";

    protected override async Task<DeliveryResult> SendAsync(PushoverConfig config, NotificationContext context, CancellationToken ct)
    {
        var url = new UriBuilder(endpoint.Value.Url) { Query = Query(config, engine.For(Integration, context)) }.Uri;
        var content = new ByteArrayContent([]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = NotifierHttp.Request(HttpMethod.Post, url, content, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }

    private static string Query(PushoverConfig config, TemplateRenderer r)
    {
        var message = GoStrings.TruncateInRunes(
            config.Html ? r.Render("message", config.Message, DefaultMessage, TemplateFlavor.Html) : r.Render("message", config.Message, DefaultMessage),
            MaxMessageRunes).Trim();
        var parameters = new List<(string Name, string Value)>
        {
            ("token", r.Render("token", config.Token.Reveal())),
            ("user", r.Render("user_key", config.UserKey.Reveal())),
            ("title", GoStrings.TruncateInRunes(r.Render("title", config.Title, DefaultTitle), MaxTitleRunes)),
            ("message", message.Length == 0 ? "(no details)" : message),
            ("url", GoStrings.TruncateInRunes(r.Render("url", config.Url, DefaultUrl), MaxUrlRunes)),
            ("url_title", r.Render("url_title", config.UrlTitle)),
            ("priority", r.Render("priority", config.Priority, DefaultPriority)),
            ("retry", Seconds(config.Retry)),
            ("expire", Seconds(config.Expire)),
            ("sound", r.Render("sound", config.Sound)),
        };
        if (config.Html)
        {
            parameters.Add(("html", "1"));
        }

        if (config.Monospace)
        {
            parameters.Add(("monospace", "1"));
        }

        if (config.Device is not null)
        {
            parameters.Add(("device", r.Render("device", config.Device)));
        }

        if (config.Ttl >= TimeSpan.FromSeconds(1))
        {
            parameters.Add(("ttl", Seconds(config.Ttl)));
        }

        return string.Join("&", parameters.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={GoStrings.QueryEscape(p.Value)}"));
    }

    private static string Seconds(TimeSpan duration) => ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
