using System.Security.Cryptography;
using System.Text;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.Store;

namespace AlertRouter.Delivery;

/// <summary>
/// Which destination an integration sends to, for pacing: a Slack channel (bot token) or incoming webhook (one
/// channel each), a PagerDuty routing key, or a webhook URL (not paced, but a Retry-After from it holds every
/// notification to it). Keys are hashed so no secret sits in memory dumps or logs as a key. Email is not paced.
/// </summary>
internal static class PacingRules
{
    private const int PagerDutyBurst = 10;

    public static PacingRule? For(IntegrationConfig integration, DeliveryOptions options) => integration switch
    {
        SlackConfig { AppToken: not null, Channel: { } channel } => Paced("slack:" + channel, options.SlackPerChannelPerSecond, 1, 1),
        SlackConfig { ApiUrl: { } url } => Paced("slack:" + Hash(url.Reveal()), options.SlackPerChannelPerSecond, 1, 1),
        PagerDutyConfig { RoutingKey: { } key } => Paced("pagerduty:" + Hash(key.Reveal()), options.PagerDutyPerKeyPerMinute, 60, PagerDutyBurst),
        PagerDutyConfig { ServiceKey: { } key } => Paced("pagerduty:" + Hash(key.Reveal()), options.PagerDutyPerKeyPerMinute, 60, PagerDutyBurst),
        WebhookConfig { Url: var url } => new PacingRule("webhook:" + Hash(url.Reveal()), TimeSpan.Zero, 1),
        _ => null,
    };

    /// <summary>
    /// At most <paramref name="perPeriod"/> sends in any window of <paramref name="periodSeconds"/>, bursts
    /// included: GCRA lets <c>burst − 1 + window / interval</c> through a half-open window, so the interval is
    /// <c>period / (perPeriod − burst + 1)</c> (PagerDuty at 120/min with bursts of 10: one per 0.54 s after the burst).
    /// </summary>
    private static PacingRule Paced(string key, double perPeriod, double periodSeconds, int burst)
    {
        if (perPeriod <= 0)
        {
            return new PacingRule(key, TimeSpan.Zero, 1);
        }

        burst = Math.Clamp(burst, 1, Math.Max(1, (int)Math.Floor(perPeriod / 2)));
        // Rounded up to the tick: rounding down would let one send too many through a full window.
        return new PacingRule(key, TimeSpan.FromTicks((long)Math.Ceiling(periodSeconds * TimeSpan.TicksPerSecond / (perPeriod - burst + 1))), burst);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16];
}
