using System.Xml;
using System.Xml.Linq;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// SNS's answer as a delivery result. 2xx is delivered. An error is XML
/// (<c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code&gt;…&lt;/Code&gt;&lt;Message&gt;…</c>): a throttling code is rate
/// limited whatever the status (Alertmanager leaves it to the SDK's retries), then 429 and 5xx retry, 401/403 are
/// permanent auth errors (a bad key or signature) and other 4xx permanent client errors.
/// </summary>
internal static class SnsResponses
{
    private static readonly HashSet<string> Throttled = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "TooManyRequestsException", "RequestThrottled",
    };

    public static DeliveryResult Classify(HttpReply reply)
    {
        if (reply.IsSuccess)
        {
            return new Delivered(reply.Status);
        }

        var (code, text) = Error(reply.Body);
        var message = code is null ? HttpFailures.UnexpectedStatus(reply) : $"unexpected status code {reply.Status}: {code}: {text}";
        return code is not null && Throttled.Contains(code)
            ? new Retryable(FailureReason.RateLimited, reply.Status, message, reply.RetryAfter)
            : HttpFailures.FromStatus(reply, message);
    }

    private static (string? Code, string? Message) Error(string body)
    {
        try
        {
            var error = XDocument.Parse(body).Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
            var code = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value;
            return (code, error?.Elements().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }
}
