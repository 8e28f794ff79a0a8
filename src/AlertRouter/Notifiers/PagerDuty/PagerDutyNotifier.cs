using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// <c>pagerduty_configs</c>: Events API v2 (routing_key) or v1 (service_key). With <c>dedup_key_mode: alert</c> it
/// sends one event per alert, in order, and stops at the first 429 (see <see cref="PagerDutyResults.Combine"/>).
/// </summary>
internal sealed class PagerDutyNotifier(NotifierHttp http, PagerDutyEventBuilder builder, ILogger<PagerDutyNotifier> logger)
    : NotifierBase<PagerDutyConfig>(logger)
{
    /// <summary>Alertmanager's fixed v1 endpoint; a non-default <c>url</c> overrides it.</summary>
    public const string V1Url = "https://events.pagerduty.com/generic/2010-04-15/create_event.json";
    public const string DefaultV2Url = "https://events.pagerduty.com/v2/enqueue";

    public override string Integration => "pagerduty";

    protected override async Task<DeliveryResult> SendAsync(PagerDutyConfig config, NotificationContext context, CancellationToken ct)
    {
        var v1 = config.RoutingKey is null && config.ServiceKey is not null;
        var key = (v1 ? config.ServiceKey : config.RoutingKey)?.Reveal() ?? "";
        if (key.Trim().Length == 0)
        {
            return new Permanent(FailureReason.ClientError, null, v1 ? "service key cannot be empty" : "routing key cannot be empty");
        }

        var target = v1 && (config.Url.Length == 0 || config.Url == DefaultV2Url) ? V1Url : config.Url;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid PagerDuty url");
        }

        var requests = builder.Build(config, context);
        var sent = new List<(PagerDutyRequest, DeliveryResult)>(requests.Count);
        foreach (var request in requests)
        {
            var result = await SendOneAsync(config, url, request, v1, ct);
            sent.Add((request, result));
            if (result is Retryable { Reason: FailureReason.RateLimited })
            {
                break;
            }
        }

        return PagerDutyResults.Combine(sent, requests.Count);
    }

    private async Task<DeliveryResult> SendOneAsync(PagerDutyConfig config, Uri url, PagerDutyRequest request, bool v1, CancellationToken ct)
    {
        using var message = NotifierHttp.JsonPost(url, request.Body, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, message, ct);
        return failure ?? PagerDutyResults.Classify(reply!, v1);
    }
}
