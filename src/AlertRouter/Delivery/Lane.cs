using System.Collections.Concurrent;
using AlertRouter.Store;
using Polly;
using Polly.CircuitBreaker;

namespace AlertRouter.Delivery;

/// <summary>
/// One receiver integration (e.g. <c>team-db/slack[0]</c>): its bulkhead, its circuit breaker and its resilience
/// pipeline, so a slow or dead endpoint holds back only its own notifications. Also what the receivers API shows.
/// </summary>
internal sealed class Lane(string receiver, string integration, ResiliencePipeline<Notifiers.DeliveryResult> pipeline,
    CircuitBreakerStateProvider circuit, int concurrency, TimeProvider time)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);
    private readonly ConcurrentQueue<(ClaimedNotification Notification, DateTimeOffset ClaimedAt)> _waiting = new();

    public string Receiver { get; } = receiver;

    public string Integration { get; } = integration;

    public string Type { get; } = LaneRegistry.TypeOf(integration);

    public string Key => $"{Receiver}/{Integration}";

    public ResiliencePipeline<Notifiers.DeliveryResult> Pipeline { get; } = pipeline;

    public CircuitBreakerStateProvider Circuit { get; } = circuit;

    /// <summary>When an open circuit lets the next probe through (set when it opens).</summary>
    public DateTimeOffset? BrokenUntil { get; set; }

    /// <summary>How many more notifications this lane can start now.</summary>
    public int Free => _slots.CurrentCount;

    /// <summary>Sends at once (the bulkhead's size).</summary>
    public int Concurrency { get; } = concurrency;

    /// <summary>
    /// Claimed notifications waiting here for a slot: the worker claims up to twice the lane's concurrency, so the
    /// next send starts the moment a slot frees instead of after another claim's round trip to the store.
    /// </summary>
    public int Waiting => _waiting.Count;

    public void Wait(ClaimedNotification notification, DateTimeOffset claimedAt) => _waiting.Enqueue((notification, claimedAt));

    public bool TryNext(out (ClaimedNotification Notification, DateTimeOffset ClaimedAt) next) => _waiting.TryDequeue(out next);

    public DateTimeOffset? LastSuccess { get; set; }

    public DateTimeOffset? LastFailure { get; set; }

    public string? LastError { get; set; }

    public bool TryEnter() => _slots.Wait(0);

    public void Exit() => _slots.Release();

    /// <summary>
    /// 0 closed, 1 half-open, 2 open (isolated counts as open). Polly moves an open circuit to half-open only when the
    /// next call arrives; once the break is over the next delivery is a probe, so that already reads as half-open.
    /// </summary>
    public int CircuitValue => Circuit.CircuitState switch
    {
        CircuitState.HalfOpen => 1,
        CircuitState.Open when BrokenUntil is { } end && end <= time.GetUtcNow() => 1,
        CircuitState.Open or CircuitState.Isolated => 2,
        _ => 0,
    };
}
