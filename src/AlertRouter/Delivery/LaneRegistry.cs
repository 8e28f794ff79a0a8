using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace AlertRouter.Delivery;

/// <summary>
/// Creates each lane's Polly.Core pipeline on first use: circuit breaker (outermost, one sample per delivery) →
/// fast retries with jitter that honour a short Retry-After → per-attempt timeout. All on the injected clock.
/// </summary>
internal sealed class LaneRegistry(IOptions<DeliveryOptions> options, TimeProvider time)
{
    /// <summary>A per-call attempt timeout (an integration's own <c>timeout</c>), read by the timeout strategy.</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("alertrouter.attempt-timeout");

    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    public static string TypeOf(string integration)
    {
        var bracket = integration.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? integration : integration[..bracket];
    }

    public Lane Get(string receiver, string integration) => _lanes.GetOrAdd($"{receiver}/{integration}", _ => Create(receiver, integration));

    public IReadOnlyCollection<Lane> All => [.. _lanes.Values];

    /// <summary>How many notifications one lane takes per claim when idle: its slots plus as many waiting behind them.</summary>
    public int ClaimPerLane => 2 * Math.Max(1, options.Value.LaneConcurrency);

    /// <summary>What each busy lane can still take (the others take <see cref="ClaimPerLane"/>), for claiming.</summary>
    public IReadOnlyDictionary<string, int> ClaimSlots => _lanes.Values
        .Select(l => (l.Key, Slots: l.Free + l.Concurrency - l.Waiting))
        .Where(l => l.Slots < ClaimPerLane)
        .ToDictionary(l => l.Key, l => l.Slots, StringComparer.Ordinal);

    public int CircuitState(string receiver, string type) =>
        _lanes.Values.Where(l => l.Receiver == receiver && l.Type == type).Select(l => l.CircuitValue).DefaultIfEmpty(0).Max();

    private Lane Create(string receiver, string integration)
    {
        var o = options.Value;
        var circuit = new CircuitBreakerStateProvider();
        Lane? lane = null;
        var builder = new ResiliencePipelineBuilder<Notifiers.DeliveryResult> { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<Notifiers.DeliveryResult>
            {
                FailureRatio = o.CircuitFailureRatio,
                MinimumThroughput = Math.Max(2, o.CircuitMinimumThroughput),
                SamplingDuration = o.CircuitSamplingDuration,
                BreakDuration = o.CircuitBreakDuration,
                StateProvider = circuit,
                // Endpoint health only: a permanent refusal (bad payload, bad key) says nothing about availability.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is Notifiers.Retryable || args.Outcome.Exception is TimeoutRejectedException),
                OnOpened = args =>
                {
                    lane!.BrokenUntil = time.GetUtcNow() + args.BreakDuration;
                    return default;
                },
                OnClosed = _ =>
                {
                    lane!.BrokenUntil = null;
                    return default;
                },
            });
        if (o.FastRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Notifiers.DeliveryResult>
            {
                MaxRetryAttempts = o.FastRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: TimeoutRejectedException } => true,
                    { Result: Notifiers.Retryable { RetryAfter: null } } => true,
                    { Result: Notifiers.Retryable { RetryAfter: { } wait } } => wait <= o.MaxInlineWait,
                    _ => false,
                }),
                // A server's Retry-After is waited exactly.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is Notifiers.Retryable { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, o.AttemptTimeout)),
        });
        lane = new Lane(receiver, integration, builder.Build(), circuit, Math.Max(1, o.LaneConcurrency), time);
        return lane;
    }
}
