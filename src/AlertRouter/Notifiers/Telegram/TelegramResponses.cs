using System.Globalization;
using System.Text.Json;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// Turns the Bot API's answer into a delivery result. Alertmanager retries every Telegram error and never waits as
/// told; here <c>ok:true</c> is delivered, 429 waits <c>parameters.retry_after</c> (else <c>Retry-After</c>), 5xx
/// retries, 401/403 are permanent auth errors and other 4xx (chat not found, can't parse entities, a group that
/// migrated to a supergroup) are permanent client errors. Errors read <c>telegram: &lt;description&gt; (&lt;code&gt;)</c>.
/// </summary>
internal static class TelegramResponses
{
    public static DeliveryResult Classify(HttpReply reply)
    {
        var api = Parse(reply.Body);
        if (api is { Ok: true } && reply.IsSuccess)
        {
            return new Delivered(reply.Status);
        }

        if (api is null)
        {
            var message = "telegram: " + HttpFailures.UnexpectedStatus(reply);
            return reply.IsSuccess
                ? new Retryable(FailureReason.Other, reply.Status, "telegram: unparsable response: " + reply.TrimmedBody)
                : HttpFailures.FromStatus(reply, message);
        }

        var code = api.ErrorCode is >= 400 and < 600 ? api.ErrorCode.Value : reply.Status;
        var text = $"telegram: {api.Description ?? "error"} ({code.ToString(CultureInfo.InvariantCulture)})";
        if (api.Parameters?.MigrateToChatId is { } migrated)
        {
            text += $"; the group is now chat {migrated.ToString(CultureInfo.InvariantCulture)}";
        }

        var wait = api.Parameters?.RetryAfter is { } seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : reply.RetryAfter;
        return code switch
        {
            429 => new Retryable(FailureReason.RateLimited, reply.Status, text, wait),
            >= 500 and < 600 => new Retryable(FailureReason.ServerError, reply.Status, text, wait),
            _ => new Permanent(FailureReasons.FromStatus(code) is FailureReason.Other ? FailureReason.ClientError : FailureReasons.FromStatus(code), reply.Status, text),
        };
    }

    private static TelegramResponse? Parse(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, TelegramResponseJsonContext.Default.TelegramResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
