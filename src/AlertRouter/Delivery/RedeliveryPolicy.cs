namespace AlertRouter.Delivery;

/// <summary>
/// Queue-level retry schedule for outages (Polly's fast retries cover blips): doubling from the initial backoff to
/// the cap, with ±20% jitter so many notifications do not retry in step. A server's Retry-After replaces the backoff:
/// the server said when, and Slack asks to wait exactly that long.
/// </summary>
internal static class RedeliveryPolicy
{
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, DeliveryOptions options)
    {
        if (retryAfter is { } wait && wait > TimeSpan.Zero)
        {
            return wait;
        }

        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(options.MaxBackoff.Ticks, options.InitialBackoff.Ticks * (1L << exponent)));
        return backoff * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
