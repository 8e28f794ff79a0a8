using System.Net.Http.Headers;
using AlertRouter.Model;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// <c>slack_configs</c> through an incoming webhook (<c>api_url</c>; success is the body <c>ok</c>) or a bot token
/// (<c>app_token</c> as Bearer to <c>app_url</c>). With a bot token and update_message, the first successful post
/// returns the channel id and ts as ReceiverData; later sends of the group call chat.update on that message (falling
/// back to a new post when the update is refused as a client error, e.g. message_not_found). Errors start with
/// <c>channel "&lt;channel&gt;": </c>.
/// </summary>
internal sealed class SlackNotifier(NotifierHttp http, TemplateEngine engine, ILogger<SlackNotifier> logger)
    : NotifierBase<SlackConfig>(logger)
{
    public override string Integration => "slack";

    /// <summary>chat.update next to chat.postMessage: the same folder of <c>app_url</c>.</summary>
    public static Uri UpdateUrl(Uri appUrl) => new(appUrl, "chat.update");

    protected override async Task<DeliveryResult> SendAsync(SlackConfig config, NotificationContext context, CancellationToken ct)
    {
        var r = engine.For(Integration, context);
        var channel = r.Render("channel", config.Channel);
        var prefix = $"channel {GoQuote.Quote(channel)}: ";
        var webApi = config.AppToken is not null;
        var target = webApi ? config.AppUrl : config.ApiUrl?.Reveal();
        if (target is null)
        {
            return new Permanent(FailureReason.ClientError, null, prefix + "neither api_url nor app_token is configured");
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, prefix + (webApi ? "invalid app_url" : "invalid api_url"));
        }

        if (webApi && config.UpdateMessage && SlackReceiverData.TryGet(context.ReceiverData, out var channelId, out var ts))
        {
            var update = SlackMessageBuilder.Build(config, r, channelId, ts);
            var (result, api) = await PostAsync(config, UpdateUrl(url), update, webApi, prefix, ct);

            // Slack no longer has that message (message_not_found, cant_update_message, edit_window_closed) or that
            // channel: a new post is still a delivery. Auth errors, rate limits and outages are not worked around.
            if (result is not Permanent { Reason: FailureReason.ClientError })
            {
                return result is Delivered d ? d with { ReceiverData = SlackReceiverData.Of(api?.Channel ?? channelId, api?.Ts ?? ts) } : result;
            }
        }

        var message = SlackMessageBuilder.Build(config, r, channel, null);
        var (posted, response) = await PostAsync(config, url, message, webApi, prefix, ct);
        return posted is Delivered delivered && webApi && config.UpdateMessage
            ? delivered with { ReceiverData = SlackReceiverData.Of(response?.Channel, response?.Ts) }
            : posted;
    }

    private async Task<(DeliveryResult Result, SlackApiResponse? Api)> PostAsync(
        SlackConfig config, Uri url, SlackMessage message, bool webApi, string prefix, CancellationToken ct)
    {
        using var request = NotifierHttp.JsonPost(url, GoJson.Encode(message, SlackJsonContext.Default.SlackMessage), config.Http);
        if (webApi)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", config.AppToken!.Reveal());
        }

        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure is not null
            ? (Prefixed(failure, prefix), null)
            : SlackResponses.Classify(reply!, webApi, prefix);
    }

    private static DeliveryResult Prefixed(DeliveryResult result, string prefix) => result switch
    {
        Retryable r => r with { Message = prefix + r.Message },
        Permanent p => p with { Message = prefix + p.Message },
        _ => result,
    };
}
