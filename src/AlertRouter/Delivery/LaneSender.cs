using AlertRouter.Notifiers;
using AlertRouter.Store;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AlertRouter.Delivery;

/// <summary>
/// Sends one notification through a lane's pipeline and records every attempt (delivery log, request metrics and
/// latency). Used by the delivery worker and by the delivery-test endpoint, which must behave the same.
/// </summary>
internal sealed class LaneSender(NotifierRegistry notifiers, DeliveryMetrics metrics, IOptions<DeliveryOptions> options, TimeProvider time)
{
    private static readonly TimeSpan HalfOpenRecheck = TimeSpan.FromSeconds(1);

    public async Task<LaneOutcome> SendAsync(Lane lane, IntegrationConfig integration, NotificationContext context, int attemptsSoFar, CancellationToken ct)
    {
        var attempts = new List<AttemptRecord>();
        var resilience = ResilienceContextPool.Shared.Get(ct);
        if (Integrations.For(integration).AttemptTimeout(integration) is { } timeout)
        {
            resilience.Properties.Set(LaneRegistry.AttemptTimeout, timeout);
        }

        try
        {
            var result = await lane.Pipeline.ExecuteAsync(async (rc, _) =>
            {
                var started = time.GetUtcNow();
                var clock = time.GetTimestamp();
                try
                {
                    var result = await notifiers.NotifyAsync(integration, context, rc.CancellationToken);
                    Record(result, started, time.GetElapsedTime(clock));
                    return result;
                }
                catch (OperationCanceledException) when (rc.CancellationToken.IsCancellationRequested && !ct.IsCancellationRequested)
                {
                    Record(new Retryable(FailureReason.Timeout, null, "attempt timed out"), started, time.GetElapsedTime(clock));
                    throw;
                }
            }, resilience, 0);
            return new LaneOutcome(result, attempts, null);
        }
        catch (TimeoutRejectedException)
        {
            var limit = resilience.Properties.GetValue(LaneRegistry.AttemptTimeout, options.Value.AttemptTimeout);
            return new LaneOutcome(new Retryable(FailureReason.Timeout, null, $"attempt timed out after {limit.TotalSeconds:0.###}s"), attempts, null);
        }
        catch (BrokenCircuitException e)
        {
            // Open: wait for the break to end. Half-open (a probe is in flight) or a break that just ended: look
            // again shortly, never at a time already past, which would spin claim and hand-back.
            var now = time.GetUtcNow();
            var until = lane.BrokenUntil is { } end && end > now ? end : now + (e.RetryAfter is { } wait && wait > TimeSpan.Zero ? wait : HalfOpenRecheck);
            return new LaneOutcome(null, attempts, until);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }

        void Record(DeliveryResult result, DateTimeOffset started, TimeSpan duration)
        {
            var (outcome, reason) = result switch
            {
                Delivered => ("delivered", (FailureReason?)null),
                Retryable r => ("retryable", r.Reason),
                Permanent p => ("permanent", p.Reason),
                _ => ("other", FailureReason.Other),
            };
            attempts.Add(new AttemptRecord(attemptsSoFar + attempts.Count + 1, started, duration, outcome, result.StatusCode, reason?.Label(), result.Error));
            metrics.Request(lane.Receiver, lane.Type, duration, result is not Delivered);
            if (attempts.Count > 1)
            {
                metrics.Retry(lane.Receiver, lane.Type);
            }

            if (result is Delivered)
            {
                lane.LastSuccess = time.GetUtcNow();
            }
            else
            {
                (lane.LastFailure, lane.LastError) = (time.GetUtcNow(), result.Error);
            }
        }
    }
}

/// <param name="Result">The final result; null when the circuit is open and nothing was sent.</param>
/// <param name="CircuitOpenUntil">When an open circuit allows the next probe.</param>
internal sealed record LaneOutcome(DeliveryResult? Result, IReadOnlyList<AttemptRecord> Attempts, DateTimeOffset? CircuitOpenUntil);
