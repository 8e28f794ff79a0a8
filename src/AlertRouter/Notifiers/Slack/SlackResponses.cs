using System.Text.Json;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Slack;

/// <summary>Turns Slack's HTTP answer into a delivery result (<paramref name="prefix"/> = <c>channel "#x": </c>).</summary>
internal static class SlackResponses
{
    public static (DeliveryResult Result, SlackApiResponse? Api) Classify(HttpReply reply, bool webApi, string prefix)
    {
        var body = reply.Body.Trim();
        if (!reply.IsSuccess)
        {
            // Incoming webhooks answer 4xx with a bare code such as invalid_token or channel_not_found.
            var message = prefix + HttpFailures.UnexpectedStatus(reply);
            var result = reply.Status != 429 && reply.Status < 500 && SlackErrors.LooksLikeCode(body)
                ? SlackErrors.Classify(body, reply.Status, message, reply.RetryAfter)
                : HttpFailures.FromStatus(reply, message);
            return (result, null);
        }

        if (body.StartsWith('{'))
        {
            SlackApiResponse? api = null;
            try
            {
                api = JsonSerializer.Deserialize(body, SlackResponseJsonContext.Default.SlackApiResponse);
            }
            catch (JsonException)
            {
            }

            if (api is null)
            {
                return (new Retryable(FailureReason.Other, reply.Status, prefix + "unparsable response from Slack: " + reply.TrimmedBody), null);
            }

            return api.Ok
                ? (new Delivered(reply.Status), api)
                : (SlackErrors.Classify(api.Error ?? "", reply.Status, prefix + "error response from Slack: " + api.Error, reply.RetryAfter), api);
        }

        if (body == "ok")
        {
            return (new Delivered(reply.Status), null);
        }

        // The Web API always answers JSON: anything else is a proxy or an outage page, worth another try.
        return webApi
            ? (new Retryable(FailureReason.Other, reply.Status, prefix + "unparsable response from Slack: " + reply.TrimmedBody), null)
            : (new Permanent(FailureReason.ClientError, reply.Status, prefix + "received an error response from Slack: " + reply.TrimmedBody), null);
    }
}
