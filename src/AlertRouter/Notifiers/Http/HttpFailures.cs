using System.Net.Http.Headers;
using System.Net.Sockets;

namespace AlertRouter.Notifiers.Http;

/// <summary>Classifies HTTP outcomes the way Alertmanager's Retrier does, plus 429 and Retry-After.</summary>
internal static class HttpFailures
{
    /// <summary>
    /// A non-2xx status: 429 → Retryable(RateLimited); 5xx → Retryable(ServerError); 401/403 → Permanent(AuthError);
    /// other 4xx → Permanent(ClientError); anything else → Permanent(Other). Retry-After is kept when sent.
    /// </summary>
    public static DeliveryResult FromStatus(HttpReply reply, string message) => reply.Status switch
    {
        429 => new Retryable(FailureReason.RateLimited, 429, message, reply.RetryAfter),
        >= 500 and < 600 => new Retryable(FailureReason.ServerError, reply.Status, message, reply.RetryAfter),
        _ => new Permanent(FailureReasons.FromStatus(reply.Status), reply.Status, message),
    };

    /// <summary><c>unexpected status code N: &lt;body&gt;</c>, as Alertmanager words it.</summary>
    public static string UnexpectedStatus(HttpReply reply) =>
        reply.TrimmedBody.Length == 0 ? $"unexpected status code {reply.Status}" : $"unexpected status code {reply.Status}: {reply.TrimmedBody}";

    /// <summary>
    /// A failed send: a timeout (HttpClient.Timeout, the webhook's own timeout) → Retryable(Timeout); connection, DNS,
    /// TLS and I/O errors → Retryable(Network). The caller's own cancellation is not classified: it propagates.
    /// </summary>
    public static DeliveryResult FromException(Exception e, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return e switch
        {
            OperationCanceledException or TimeoutException => new Retryable(FailureReason.Timeout, null, "request timed out"),
            HttpRequestException { InnerException: TimeoutException } => new Retryable(FailureReason.Timeout, null, "request timed out"),
            HttpRequestException h => new Retryable(FailureReason.Network, null, Describe(h)),
            IOException or SocketException => new Retryable(FailureReason.Network, null, e.Message),
            _ => new Retryable(FailureReason.Other, null, $"{e.GetType().Name}: {e.Message}"),
        };
    }

    private static string Describe(HttpRequestException e)
    {
        var what = e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "name resolution failed",
            HttpRequestError.ConnectionError => "connection failed",
            HttpRequestError.SecureConnectionError => "TLS handshake failed",
            HttpRequestError.ProxyTunnelError => "proxy tunnel failed",
            _ => "request failed",
        };
        var detail = e.InnerException?.Message is { Length: > 0 } inner && !e.Message.Contains(inner, StringComparison.Ordinal)
            ? $"{e.Message} ({inner})"
            : e.Message;
        return $"{what}: {detail}";
    }

    /// <summary><c>Retry-After</c> as seconds or an HTTP date (relative to <paramref name="now"/>, never negative).</summary>
    public static TimeSpan? RetryAfter(string? header, DateTimeOffset now) =>
        RetryConditionHeaderValue.TryParse(header, out var value) ? value switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        } : null;
}
