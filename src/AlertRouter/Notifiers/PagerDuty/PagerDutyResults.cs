using System.Text.Json;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>Classifies PagerDuty answers and folds the results of several events (dedup_key_mode: alert) into one.</summary>
internal static class PagerDutyResults
{
    /// <summary>
    /// v2: 2xx (202) → Delivered; 429 and 5xx → Retryable; 400 → Permanent with PagerDuty's message and errors[].
    /// v1: 403 is PagerDuty's rate limit there, so it is Retryable(RateLimited) too.
    /// </summary>
    public static DeliveryResult Classify(HttpReply reply, bool v1)
    {
        if (reply.IsSuccess)
        {
            return new Delivered(reply.Status);
        }

        var message = $"unexpected status code {reply.Status}{Details(reply)}";
        return v1 && reply.Status == 403
            ? new Retryable(FailureReason.RateLimited, 403, message, reply.RetryAfter)
            : HttpFailures.FromStatus(reply, message);
    }

    // Alertmanager's errDetails: "<message>: <errors joined by ','>"; the raw body when it is not PagerDuty's JSON.
    private static string Details(HttpReply reply)
    {
        try
        {
            var response = JsonSerializer.Deserialize(reply.Body, PagerDutyResponseJsonContext.Default.PagerDutyResponse);
            if (response is { Message: { Length: > 0 } message })
            {
                return response.Errors is { Count: > 0 } errors ? $": {message}: {string.Join(",", errors)}" : $": {message}";
            }
        }
        catch (JsonException)
        {
        }

        return reply.TrimmedBody.Length > 0 ? $": {reply.TrimmedBody}" : "";
    }

    /// <summary>
    /// One result for the events of one notification. All accepted → Delivered. Any retryable failure, or events
    /// left unsent after a 429 → Retryable (the whole notification is resent later: PagerDuty deduplicates the
    /// accepted events by dedup_key, so a resend never pages twice); the longest Retry-After wins. Only permanent
    /// failures → Permanent. The error lists each failed alert by fingerprint.
    /// </summary>
    public static DeliveryResult Combine(IReadOnlyList<(PagerDutyRequest Request, DeliveryResult Result)> sent, int total)
    {
        var failed = sent.Where(s => s.Result is not Delivered).ToArray();
        var unsent = total - sent.Count;
        if (failed.Length == 0 && unsent == 0)
        {
            return sent.Count > 0 ? sent[^1].Result : new Delivered(null);
        }

        if (total == 1 && failed.Length == 1)
        {
            return failed[0].Result;
        }

        var parts = failed.Select(f => $"alert {f.Request.Fingerprint}: {f.Result.Error}").ToList();
        if (unsent > 0)
        {
            parts.Add($"{unsent} not sent after rate limiting");
        }

        var message = $"{failed.Length + unsent} of {total} PagerDuty events not accepted: {string.Join("; ", parts)}";
        var retryable = failed.Select(f => f.Result).OfType<Retryable>().ToArray();
        if (retryable.Length > 0)
        {
            var first = retryable[0];
            return new Retryable(first.Reason, first.StatusCode, message, retryable.Max(r => r.RetryAfter));
        }

        if (unsent > 0)
        {
            return new Retryable(FailureReason.RateLimited, null, message);
        }

        var permanent = (Permanent)failed[0].Result;
        return new Permanent(permanent.Reason, permanent.StatusCode, message);
    }
}
