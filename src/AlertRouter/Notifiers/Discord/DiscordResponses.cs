using System.Globalization;
using System.Text.Json;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Discord;

/// <summary>
/// Discord's answer as a delivery result: 2xx delivered; 429 retried after the body's fractional
/// <c>retry_after</c> (millisecond precision), else <c>X-RateLimit-Reset-After</c>, else <c>Retry-After</c>
/// (Alertmanager does not retry a 429 at all); 5xx retried; 401/403 permanent auth errors; other 4xx (a deleted
/// webhook's 404, a 400 for a bad embed) permanent, never retried — Discord bans IPs that send too many invalid requests.
/// </summary>
internal static class DiscordResponses
{
    public static DeliveryResult Classify(HttpReply reply)
    {
        if (reply.IsSuccess)
        {
            return new Delivered(reply.Status);
        }

        var message = HttpFailures.UnexpectedStatus(reply);
        return reply.Status == 429
            ? new Retryable(FailureReason.RateLimited, 429, message, Wait(reply))
            : HttpFailures.FromStatus(reply, message);
    }

    private static TimeSpan? Wait(HttpReply reply)
    {
        if (reply.Body.TrimStart().StartsWith('{'))
        {
            try
            {
                if (JsonSerializer.Deserialize(reply.Body, DiscordResponseJsonContext.Default.DiscordRateLimit) is { RetryAfter: { } seconds and >= 0 })
                {
                    return TimeSpan.FromMilliseconds(Math.Ceiling(seconds * 1000));
                }
            }
            catch (JsonException)
            {
            }
        }

        return reply.Headers.TryGetValue("X-RateLimit-Reset-After", out var after)
            && double.TryParse(after, NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter) && resetAfter >= 0
            ? TimeSpan.FromMilliseconds(Math.Ceiling(resetAfter * 1000))
            : reply.RetryAfter;
    }
}
