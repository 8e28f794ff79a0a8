using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>
/// Rocket.Chat's answer as a delivery result (<paramref name="prefix"/> = <c>channel "#x": </c>). Non-2xx as the
/// Retrier, plus 429 (<c>error-too-many-requests</c>) waiting <c>Retry-After</c>, else <c>X-RateLimit-Reset</c>
/// (epoch milliseconds), else the "You must wait N seconds" of the message. A 2xx with <c>success:false</c> is a
/// permanent client error; a 2xx that is not JSON is retried.
/// </summary>
internal static partial class RocketChatResponses
{
    public static DeliveryResult Classify(HttpReply reply, string prefix, DateTimeOffset now)
    {
        if (!reply.IsSuccess)
        {
            var message = prefix + HttpFailures.UnexpectedStatus(reply);
            return reply.Status == 429
                ? new Retryable(FailureReason.RateLimited, 429, message, Wait(reply, now))
                : HttpFailures.FromStatus(reply, message);
        }

        RocketChatResponse? api = null;
        try
        {
            api = JsonSerializer.Deserialize(reply.Body, RocketChatResponseJsonContext.Default.RocketChatResponse);
        }
        catch (JsonException)
        {
        }

        return api switch
        {
            null => new Retryable(FailureReason.Other, reply.Status, prefix + "unparsable response from Rocketchat: " + reply.TrimmedBody),
            { Success: true } => new Delivered(reply.Status),
            _ => new Permanent(FailureReason.ClientError, reply.Status, prefix + "error response from Rocketchat: " + api.Error),
        };
    }

    private static TimeSpan? Wait(HttpReply reply, DateTimeOffset now)
    {
        if (reply.RetryAfter is { } retryAfter)
        {
            return retryAfter;
        }

        if (reply.Headers.TryGetValue("X-RateLimit-Reset", out var reset)
            && long.TryParse(reset, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return at > now ? at - now : TimeSpan.Zero;
        }

        return MustWait().Match(reply.Body) is { Success: true } m
            ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"must wait (\d{1,6}) seconds")]
    private static partial Regex MustWait();
}
