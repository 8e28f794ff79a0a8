using AlertRouter.Notifiers;
using AlertRouter.Store;

namespace AlertRouter.Delivery;

/// <summary>
/// The pacing rule of an integration's destination: its <see cref="Pace"/> (which the integration declares: a Slack
/// channel at 1/s, a PagerDuty routing key at 120/min, a webhook URL held only by Retry-After) with the limit taken
/// from its setting under <c>AlertRouter:Delivery</c> when one is given. Null for destinations that are not paced.
/// </summary>
internal sealed class PacingRules(IConfiguration configuration)
{
    private readonly IConfigurationSection _settings = configuration.GetSection(DeliveryOptions.Section);

    public PacingRule? For(IntegrationConfig integration)
    {
        if (Integrations.For(integration).Pacing(integration) is not { } pace)
        {
            return null;
        }

        var limit = pace.Setting is { } setting && _settings.GetValue<double?>(setting) is { } configured ? configured : pace.Limit;
        return Paced(pace.Key, limit, pace.Per, pace.Burst);
    }

    /// <summary>
    /// At most <paramref name="limit"/> sends in any window of <paramref name="per"/>, bursts included: GCRA lets
    /// <c>burst − 1 + window / interval</c> through a half-open window, so the interval is <c>per / (limit − burst + 1)</c>
    /// (PagerDuty at 120/min with bursts of 10: one per 0.54 s after the burst). A limit of 0 paces nothing.
    /// </summary>
    private static PacingRule Paced(string key, double limit, TimeSpan per, int burst)
    {
        if (limit <= 0)
        {
            return new PacingRule(key, TimeSpan.Zero, 1);
        }

        burst = Math.Clamp(burst, 1, Math.Max(1, (int)Math.Floor(limit / 2)));
        // Rounded up to the tick: rounding down would let one send too many through a full window.
        return new PacingRule(key, TimeSpan.FromTicks((long)Math.Ceiling(per.Ticks / (limit - burst + 1))), burst);
    }
}
