using System.Security.Cryptography;
using System.Text;
using AlertRouter.Config.Receivers;

namespace AlertRouter.Delivery;

/// <summary>
/// Which destination an integration sends to, for pacing: a Slack channel (bot token) or incoming webhook (one
/// channel each), or a PagerDuty routing key. Keys are hashed so no secret sits in memory dumps or logs as a key.
/// Email and webhooks are not paced.
/// </summary>
internal static class PacingRules
{
    public static PacingRule? For(IntegrationConfig integration, DeliveryOptions options) => integration switch
    {
        SlackConfig { AppToken: not null, Channel: { } channel } => new PacingRule("slack:" + channel, Interval(options.SlackPerChannelPerSecond, 1), 1),
        SlackConfig { ApiUrl: { } url } => new PacingRule("slack:" + Hash(url.Reveal()), Interval(options.SlackPerChannelPerSecond, 1), 1),
        PagerDutyConfig { RoutingKey: { } key } => new PacingRule("pagerduty:" + Hash(key.Reveal()), Interval(options.PagerDutyPerKeyPerMinute, 60), 10),
        PagerDutyConfig { ServiceKey: { } key } => new PacingRule("pagerduty:" + Hash(key.Reveal()), Interval(options.PagerDutyPerKeyPerMinute, 60), 10),
        _ => null,
    };

    private static TimeSpan Interval(double perPeriod, double periodSeconds) =>
        perPeriod <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(periodSeconds / perPeriod);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16];
}
