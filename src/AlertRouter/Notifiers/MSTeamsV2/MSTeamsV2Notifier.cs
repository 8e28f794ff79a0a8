using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>
/// <c>msteamsv2_configs</c>: POSTs the card to the Workflows URL. 2xx (Workflows answer 202 and run the flow later)
/// → Delivered; 429 → Retryable(RateLimited) with Retry-After, which Alertmanager does not retry; 5xx → Retryable;
/// other statuses → Permanent, <c>unexpected status code N: body</c>.
/// </summary>
internal sealed class MSTeamsV2Notifier(NotifierHttp http, TemplateEngine engine, ILogger<MSTeamsV2Notifier> logger)
    : NotifierBase<MSTeamsV2Config>(logger)
{
    public override string Integration => "msteamsv2";

    protected override async Task<DeliveryResult> SendAsync(MSTeamsV2Config config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.WebhookUrl.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid webhook_url");
        }

        var message = MSTeamsV2MessageBuilder.Build(config, engine.For(Integration, context));
        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, MSTeamsV2JsonContext.Default.MSTeamsV2Message), config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }
}
