namespace AlertRouter.Delivery;

/// <summary>Settings under <c>AlertRouter:Delivery</c>. Every default is what an on-call team would want first.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "AlertRouter:Delivery";

    /// <summary>Run the delivery loop in this process. Default true (false: an intake/API-only replica).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Notifications being sent or recorded at once, all receivers together. Default 256.</summary>
    public int MaxInFlight { get; set; } = 256;

    /// <summary>
    /// Notifications sent at once per receiver and integration (the bulkhead): a hung endpoint holds at most this many
    /// workers, and as many claimed notifications wait behind them. Per-integration throughput is about this divided by
    /// the endpoint's latency. Default 16.
    /// </summary>
    public int LaneConcurrency { get; set; } = 16;

    /// <summary>One attempt's time limit, unless the integration sets its own <c>timeout</c>. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Quick retries inside one delivery, with jittered backoff, before the queue takes over. Default 2.</summary>
    public int FastRetries { get; set; } = 2;

    /// <summary>A <c>Retry-After</c> up to this long is waited out in place; longer ones go back to the queue. Default 5 s.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First queue-level retry delay, doubling up to <see cref="MaxBackoff"/>. Default 5 s.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest queue-level retry delay. Default 5 min.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A notification still undelivered this long after its decision becomes a dead letter. Default 24 h.</summary>
    public TimeSpan MaxDeliveryAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a claimed notification belongs to this replica. One that dies mid-delivery loses it after this long
    /// and another replica delivers it. Must exceed a delivery's worst case (attempts × timeout). Default 60 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Circuit breaker per receiver and integration: failure ratio that opens it. Default 0.5.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Deliveries in <see cref="CircuitSamplingDuration"/> before the ratio counts. Default 4.</summary>
    public int CircuitMinimumThroughput { get; set; } = 4;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit holds deliveries back before one probe. Default 30 s.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    // Each integration's pace limit is a setting of this section too (SlackPerChannelPerSecond,
    // PagerDutyPerKeyPerMinute): the integration names it in its Pace, and PacingRules reads it.
}
