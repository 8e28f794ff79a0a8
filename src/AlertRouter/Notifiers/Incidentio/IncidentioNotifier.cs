using System.Net.Http.Headers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>
/// <c>incidentio_configs</c>: POSTs the message with the alert source token as Bearer. Over incident.io's 512 KiB the
/// message keeps only its first alert (sent even if still too big, as Alertmanager does). 2xx → Delivered; 429 and
/// 5xx → Retryable with Retry-After; others → Permanent, <c>unexpected status code N: message: error: errors</c>, or
/// the body itself when it is not incident.io's error.
/// </summary>
internal sealed class IncidentioNotifier(NotifierHttp http, TimeProvider time, ILogger<IncidentioNotifier> logger)
    : NotifierBase<IncidentioConfig>(logger)
{
    public const int MaxPayloadBytes = 512 * 1024;

    public override string Integration => "incidentio";

    protected override async Task<DeliveryResult> SendAsync(IncidentioConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.Url.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid url");
        }

        using var request = NotifierHttp.JsonPost(url, Encode(IncidentioMessage.Build(context, config.MaxAlerts)), config.Http);
        if (config.AlertSourceToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Reveal());
        }

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
            return new Retryable(FailureReason.Timeout, null, $"configured incident.io timeout reached ({config.Timeout.TotalSeconds:0.###}s)");
        }

        if (failure is not null)
        {
            return failure;
        }

        if (reply!.IsSuccess)
        {
            return new Delivered(reply.Status);
        }

        // incident.io's JSON error, joined as Alertmanager joins it; any other body as it came (Alertmanager drops it).
        var details = IncidentioError.Details(reply.Body);
        return details.Length == 0
            ? HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply))
            : HttpFailures.FromStatus(reply, $"unexpected status code {reply.Status}: {details}");
    }

    private static byte[] Encode(IncidentioMessage message)
    {
        var body = GoJson.Encode(message, IncidentioJsonContext.Default.IncidentioMessage);
        if (body.Length <= MaxPayloadBytes || message.Alerts.Count <= 1)
        {
            return body;
        }

        message.Alerts = message.Alerts.Take(1).ToArray();
        return GoJson.Encode(message, IncidentioJsonContext.Default.IncidentioMessage);
    }
}
