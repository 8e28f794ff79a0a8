using AlertRouter.Store;

namespace AlertRouter.Delivery;

/// <summary>
/// Alertmanager's <c>needsUpdate</c> (notify/dedup_stage.go): given what was last delivered and the alerts of this
/// flush, whether to notify and why. Annotations and times never matter, only which alerts fire and which resolved.
/// </summary>
public static class Dedup
{
    public static NotifyReason NeedsUpdate(
        NflogEntry? entry,
        IReadOnlySet<string> firing,
        IReadOnlySet<string> resolved,
        bool sendResolved,
        TimeSpan repeatInterval,
        DateTimeOffset now)
    {
        if (entry is null)
        {
            return firing.Count > 0 ? NotifyReason.FirstNotification : NotifyReason.None;
        }

        if (!firing.IsSubsetOf(entry.Firing))
        {
            return entry.Firing.Count == 0 ? NotifyReason.FirstNotification : NotifyReason.NewAlertsAdded;
        }

        if (firing.Count == 0)
        {
            // Sent whether or not send_resolved is set: Alertmanager logs it, and the notifier skips the send.
            return entry.Firing.Count > 0 ? NotifyReason.AllAlertsResolved : NotifyReason.None;
        }

        if (sendResolved && !resolved.IsSubsetOf(entry.Resolved))
        {
            return NotifyReason.SomeAlertsResolved;
        }

        // now - SentAt, not SentAt < now - repeatInterval: the send-time check passes TimeSpan.MaxValue ("never repeat"),
        // and now - TimeSpan.MaxValue is not a DateTimeOffset.
        return now - entry.SentAt > repeatInterval ? NotifyReason.RepeatIntervalElapsed : NotifyReason.None;
    }
}
