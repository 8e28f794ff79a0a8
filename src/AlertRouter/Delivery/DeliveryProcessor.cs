using AlertRouter.Config;
using AlertRouter.Notifiers;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>
/// Delivers one claimed notification: the send-time dedup check (Alertmanager's dedup stage runs right before the
/// send), send_resolved filtering, pacing, the lease check (a replica that stalled past its lease must not send),
/// the lane's resilience pipeline, then one store completion that records the attempts and, on success, the nflog
/// entry.
/// </summary>
internal sealed class DeliveryProcessor(
    IRouterConfigProvider config,
    DeliveryLeases leases,
    LaneSender sender,
    IPacer pacer,
    DeliveryMetrics metrics,
    NotificationContexts contexts,
    PacingRules pacing,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryProcessor> logger)
{
    /// <param name="answered">Called once the endpoint has answered (or the send was skipped), before the outcome is recorded.</param>
    public async Task ProcessAsync(string owner, ClaimedNotification n, Lane lane, CancellationToken ct, Action? answered = null)
    {
        var now = time.GetUtcNow();
        var snapshot = config.Current;
        var integration = snapshot.Receivers.GetValueOrDefault(n.Receiver)?.Integrations.FirstOrDefault(i => i.Name == n.Integration);
        if (integration is null || !integration.IsConfigured)
        {
            var why = integration is null ? "the receiver or integration is no longer in the config" : "the integration is unconfigured (unset environment variables)";
            await CompleteAsync(owner, new DeliveryCompletion(n.Id, DeliveryState.Dead, now) { Error = why });
            return;
        }

        var (firing, resolved) = Sets(n.Payload);
        if (n.Nflog is { } sent && sent.SentAt >= n.FlushAt &&
            Dedup.NeedsUpdate(sent, firing, resolved, integration.SendResolved, TimeSpan.MaxValue, now) == NotifyReason.None)
        {
            // Something newer was delivered after this decision and already says all this one would.
            logger.Skipped(n.Receiver, n.Integration, n.GroupKey, "already notified");
            await CompleteAsync(owner, Success(n, DeliveryState.Cancelled, now, sent) with { Error = "already notified by a later delivery" });
            return;
        }

        var context = contexts.For(n, integration) with { Templates = snapshot.MessageTemplates };
        if (context.Alerts.Count == 0)
        {
            // send_resolved: false and only resolutions: Alertmanager skips the send but logs it as notified.
            await CompleteAsync(owner, Success(n, DeliveryState.Delivered, now, new NflogEntry(firing, resolved, now)));
            return;
        }

        if (await PaceAsync(owner, n, integration, context, lane, ct))
        {
            return;
        }

        if (!await leases.ConfirmAsync(owner, n.Id, ct))
        {
            // Stalled past the lease: another replica may be sending it already, and owns its outcome.
            return;
        }

        var outcome = await sender.SendAsync(lane, integration, context, n.Attempts, ct);
        answered?.Invoke();
        if (outcome.Result is not null)
        {
            // Held back by an open circuit is not a notification handed to the notifier.
            metrics.Notification(lane.Receiver, lane.Type);
        }

        await FinishAsync(owner, n, integration, lane, outcome, firing, resolved, ct);
    }

    /// <returns>
    /// True when the notification was handed back to the queue until its reserved slot at the destination's pace:
    /// no worker or lane slot is held while it waits, and on the manual test clock nothing sleeps.
    /// </returns>
    private async Task<bool> PaceAsync(string owner, ClaimedNotification n, IntegrationConfig integration, NotificationContext context, Lane lane,
        CancellationToken ct)
    {
        if (pacing.For(integration) is not { } rule)
        {
            return false;
        }

        var cost = Integrations.For(integration).AttemptCost(integration, context);
        var wait = await pacer.ReserveAsync(rule, n.Id, cost, ct);
        if (wait <= TimeSpan.Zero)
        {
            return false;
        }

        metrics.RateLimitWait(lane.Receiver, lane.Type);
        var now = time.GetUtcNow();
        await CompleteAsync(owner, new DeliveryCompletion(n.Id, DeliveryState.Pending, now) { NextAttemptAt = now + wait });
        return true;
    }

    private async Task FinishAsync(string owner, ClaimedNotification n, IntegrationConfig integration, Lane lane, LaneOutcome outcome,
        IReadOnlySet<string> firing, IReadOnlySet<string> resolved, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        switch (outcome.Result)
        {
            case null:
                logger.CircuitOpen(lane.Receiver, lane.Integration, outcome.CircuitOpenUntil!.Value);
                await CompleteAsync(owner, new DeliveryCompletion(n.Id, DeliveryState.Pending, now)
                {
                    NextAttemptAt = outcome.CircuitOpenUntil,
                    Error = "circuit open: deliveries to this endpoint are held back",
                    Attempts = outcome.Attempts,
                });
                return;

            case Delivered delivered:
                var data = delivered.ReceiverData ?? n.Nflog?.ReceiverData ?? new Dictionary<string, string>();
                logger.Delivered(n.Receiver, n.Integration, n.GroupKey, n.Reason);
                await CompleteAsync(owner, Success(n, DeliveryState.Delivered, now, new NflogEntry(firing, resolved, now) { ReceiverData = data })
                    with { Attempts = outcome.Attempts });
                return;

            case Retryable retryable when now - n.CreatedAt < options.Value.MaxDeliveryAge:
                if (retryable.RetryAfter is { } hold && hold > TimeSpan.Zero && pacing.For(integration) is { } rule)
                {
                    await pacer.HoldAsync(rule, now + hold, ct);
                    metrics.RateLimitWait(lane.Receiver, lane.Type);
                }

                var next = now + RedeliveryPolicy.Delay(n.Attempts + outcome.Attempts.Count, retryable.RetryAfter, options.Value);
                metrics.Failed(lane.Receiver, lane.Type, retryable.Reason);
                metrics.Retry(lane.Receiver, lane.Type);
                logger.Retrying(n.Receiver, n.Integration, n.GroupKey, retryable.Reason.Label(), retryable.Error, next);
                await CompleteAsync(owner, new DeliveryCompletion(n.Id, DeliveryState.Failed, now)
                {
                    NextAttemptAt = next,
                    Error = retryable.Error,
                    Attempts = outcome.Attempts,
                });
                return;

            default:
                var reason = outcome.Result switch { Permanent p => p.Reason, Retryable r => r.Reason, _ => FailureReason.Other };
                var error = outcome.Result is Retryable
                    ? $"gave up after {options.Value.MaxDeliveryAge} (max delivery age): {outcome.Result.Error}"
                    : outcome.Result.Error;
                metrics.Failed(lane.Receiver, lane.Type, reason);
                logger.DeadLetter(n.Receiver, n.Integration, n.GroupKey, error);
                await CompleteAsync(owner, new DeliveryCompletion(n.Id, DeliveryState.Dead, now) { Error = error, Attempts = outcome.Attempts });
                return;
        }
    }

    private static DeliveryCompletion Success(ClaimedNotification n, DeliveryState state, DateTimeOffset now, NflogEntry entry) =>
        new(n.Id, state, now)
        {
            Nflog = entry,
            NflogRetention = n.Payload.RepeatInterval * 2,
            RemoveResolved = [.. n.Payload.Alerts.Where(a => a.Resolved).Select(a => new MemberRef(a.Fingerprint, a.Version))],
        };

    private static (IReadOnlySet<string> Firing, IReadOnlySet<string> Resolved) Sets(NotificationPayload payload) =>
        (payload.Alerts.Where(a => !a.Resolved).Select(a => a.Fingerprint).ToHashSet(StringComparer.Ordinal),
         payload.Alerts.Where(a => a.Resolved).Select(a => a.Fingerprint).ToHashSet(StringComparer.Ordinal));

    private Task CompleteAsync(string owner, DeliveryCompletion completion) => leases.CompleteAsync(owner, completion);
}
