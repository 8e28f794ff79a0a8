using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>
/// <c>mattermost_configs</c>: POSTs the request to the incoming webhook. 2xx → Delivered; 429 (Mattermost's limiter,
/// with <c>X-Ratelimit-Reset</c> seconds when Retry-After is absent) and 5xx → Retryable; other statuses → Permanent.
/// Errors start with <c>channel "&lt;channel&gt;": </c>, as Alertmanager's.
/// </summary>
internal sealed class MattermostNotifier(NotifierHttp http, TemplateEngine engine, ILogger<MattermostNotifier> logger)
    : NotifierBase<MattermostConfig>(logger)
{
    public override string Integration => "mattermost";

    protected override async Task<DeliveryResult> SendAsync(MattermostConfig config, NotificationContext context, CancellationToken ct)
    {
        if (config.WebhookUrl.Reveal().Length == 0)
        {
            return new Permanent(FailureReason.ClientError, null, "webhook url missing");
        }

        if (!Uri.TryCreate(config.WebhookUrl.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webhook_url");
        }

        var message = MattermostRequestBuilder.Build(config, engine.For(Integration, context));
        var prefix = $"channel {Model.GoQuote.Quote(message.Channel ?? "")}: ";
        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, MattermostJsonContext.Default.MattermostRequest), config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure switch
            {
                Retryable f => f with { Message = prefix + f.Message },
                Permanent f => f with { Message = prefix + f.Message },
                _ => failure,
            };
        }

        return reply!.IsSuccess
            ? new Delivered(reply.Status)
            : HttpFailures.FromStatus(reply with { RetryAfter = reply.RetryAfter ?? ResetAfter(reply) }, prefix + HttpFailures.UnexpectedStatus(reply));
    }

    /// <summary>Mattermost's limiter tells the wait in <c>X-Ratelimit-Reset</c> (seconds until the bucket refills).</summary>
    private static TimeSpan? ResetAfter(HttpReply reply) =>
        reply.Status == 429 && reply.Headers.TryGetValue("X-Ratelimit-Reset", out var reset) && int.TryParse(reset, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
