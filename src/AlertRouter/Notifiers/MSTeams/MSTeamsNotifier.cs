using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary>
/// <c>msteams_configs</c>: POSTs a MessageCard (title, summary, text; theme 8C1A1A firing, 2DC72D resolved) to the
/// connector. A connector reports throttling as HTTP 200 with <c>Microsoft Teams endpoint returned HTTP error 429</c>
/// in the body; Alertmanager counts that as delivered, AlertRouter retries it as RateLimited. 429 and 5xx retry (with
/// Retry-After), other statuses are Permanent, <c>unexpected status code N: body</c>.
/// </summary>
internal sealed class MSTeamsNotifier(NotifierHttp http, TemplateEngine engine, ILogger<MSTeamsNotifier> logger)
    : NotifierBase<MSTeamsConfig>(logger)
{
    public const string ThrottledMarker = "Microsoft Teams endpoint returned HTTP error 429";

    public override string Integration => "msteams";

    protected override async Task<DeliveryResult> SendAsync(MSTeamsConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.WebhookUrl.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webhook_url");
        }

        var r = engine.For(Integration, context);
        var message = new MSTeamsMessage(
            "http://schema.org/extensions",
            "MessageCard",
            r.Render("title", config.Title, """{{ template "msteams.default.title" . }}"""),
            r.Render("summary", config.Summary, """{{ template "msteams.default.summary" . }}"""),
            r.Render("text", config.Text, """{{ template "msteams.default.text" . }}"""),
            r.Data.Status == "firing" ? "8C1A1A" : "2DC72D");
        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, MSTeamsJsonContext.Default.MSTeamsMessage), config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (reply!.IsSuccess && reply.Body.Contains(ThrottledMarker, StringComparison.Ordinal))
        {
            return new Retryable(FailureReason.RateLimited, reply.Status, $"throttled by the connector: {reply.TrimmedBody}", reply.RetryAfter);
        }

        return reply.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }
}
