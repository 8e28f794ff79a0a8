namespace AlertRouter.Delivery;

/// <summary>
/// Queue-level retry schedule for outages (Polly's fast retries cover blips): doubling from the initial backoff to
/// the cap, with ±20% jitter so many notifications do not retry in step; a server's Retry-After is a floor.
/// </summary>
internal static class RedeliveryPolicy
{
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, DeliveryOptions options)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(options.MaxBackoff.Ticks, options.InitialBackoff.Ticks * (1L << exponent)));
        backoff *= 0.8 + (Random.Shared.NextDouble() * 0.4);
        return retryAfter is { } floor && floor > backoff ? floor : backoff;
    }
}
