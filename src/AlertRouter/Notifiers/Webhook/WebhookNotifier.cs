using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Webhook;

/// <summary>
/// <c>webhook_configs</c>: POSTs the Alertmanager v4 message. 2xx → Delivered; 429 → Retryable(RateLimited) with
/// Retry-After; 5xx → Retryable(ServerError); other statuses → Permanent, <c>unexpected status code N: body</c>.
/// </summary>
internal sealed class WebhookNotifier(NotifierHttp http, TimeProvider time, ILogger<WebhookNotifier> logger)
    : NotifierBase<WebhookConfig>(logger)
{
    public override string Integration => "webhook";

    protected override async Task<DeliveryResult> SendAsync(WebhookConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.Url.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webhook url");
        }

        var body = GoJson.Encode(WebhookMessage.Build(context, config.MaxAlerts), WebhookJsonContext.Default.WebhookMessage);
        using var request = NotifierHttp.JsonPost(url, body, config.Http);
        using var timeout = config.Timeout > TimeSpan.Zero ? new CancellationTokenSource(config.Timeout, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        HttpReply? reply;
        DeliveryResult? failure;
        try
        {
            (reply, failure) = await http.SendAsync(config, config.Http, request, linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Retryable(FailureReason.Timeout, null, $"request timed out after {config.Timeout.TotalSeconds:0.###}s (webhook timeout)");
        }

        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }
}
