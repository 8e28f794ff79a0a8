using System.Net.Http.Headers;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>
/// <c>opsgenie_configs</c>: sends the notification's requests (<see cref="OpsgenieRequestBuilder"/>) in order with
/// <c>Authorization: GenieKey &lt;api_key&gt;</c>, stopping at the first failure. Alertmanager's retrier with 429 as a
/// retry code: 5xx and 429 are retried (429 keeping its <c>Retry-After</c>), other statuses are permanent.
/// </summary>
internal sealed class OpsgenieNotifier(NotifierHttp http, OpsgenieRequestBuilder builder, ILogger<OpsgenieNotifier> logger)
    : NotifierBase<OpsgenieConfig>(logger)
{
    public override string Integration => "opsgenie";

    protected override async Task<DeliveryResult> SendAsync(OpsgenieConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.ApiUrl, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid api_url");
        }

        int? status = null;
        foreach (var request in builder.Build(config, context))
        {
            var content = new ByteArrayContent(request.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var message = NotifierHttp.Request(request.Method, Target(apiUrl, request.Path), content, config.Http);
            message.Headers.TryAddWithoutValidation("Authorization", $"GenieKey {config.ApiKey?.Reveal()}");
            var (reply, failure) = await http.SendAsync(config, config.Http, message, ct);
            if (failure is not null)
            {
                return failure;
            }

            if (!reply!.IsSuccess)
            {
                return HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
            }

            status = reply.Status;
        }

        return new Delivered(status);
    }

    /// <summary>
    /// <c>api_url</c> with <paramref name="path"/> appended to its path; an alias path gets <c>identifierType=alias</c>
    /// in the query (keys sorted, as Go's url.Values.Encode writes them).
    /// </summary>
    public static Uri Target(Uri apiUrl, string path)
    {
        var target = new UriBuilder(apiUrl) { Path = apiUrl.AbsolutePath + path };
        if (path != "v2/alerts")
        {
            var pairs = apiUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("identifierType=", StringComparison.Ordinal))
                .Append("identifierType=alias")
                .Order(StringComparer.Ordinal);
            target.Query = string.Join("&", pairs);
        }

        return target.Uri;
    }
}
