using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// How a received alert updates the stored one (the same rule for every store).
/// <list type="bullet">
/// <item>A new fingerprint, or any change of times, annotations or generator URL, makes a new version.</item>
/// <item>A <em>stale firing</em> is ignored: the alert was resolved less than <see cref="ResolvedHoldDown"/> ago and a
/// firing copy with the same startsAt arrives. That is an Alertmanager HA peer (or a retry) delivering an older
/// state after the resolve; taking it would re-open the alert and page again. A real re-fire from Prometheus carries a
/// new startsAt, and an Alertmanager that resumes an alert after its resolve_timeout does so minutes later.</item>
/// </list>
/// </summary>
internal static class AlertMerge
{
    public static readonly TimeSpan ResolvedHoldDown = TimeSpan.FromMinutes(1);

    public static MergeDecision Decide(Alert incoming, StoredAlertState? existing, DateTimeOffset now)
    {
        if (existing is null)
        {
            return new MergeDecision(true, incoming.IsResolvedAt(now) ? now : default);
        }

        var stored = existing.Alert;
        var wasResolved = stored.IsResolvedAt(now);
        var isResolved = incoming.IsResolvedAt(now);
        if (wasResolved && !isResolved && incoming.StartsAt == stored.StartsAt && now - existing.ResolvedSeenAt < ResolvedHoldDown)
        {
            return new MergeDecision(false, existing.ResolvedSeenAt);
        }

        var changed = incoming.StartsAt != stored.StartsAt || incoming.EndsAt != stored.EndsAt ||
            incoming.GeneratorUrl != stored.GeneratorUrl || !incoming.Annotations.Equals(stored.Annotations);
        var resolvedSeenAt = isResolved && !wasResolved ? now : existing.ResolvedSeenAt;
        return new MergeDecision(changed, resolvedSeenAt);
    }
}

/// <summary>The stored alert plus when its resolution was first recorded (default when never).</summary>
internal sealed record StoredAlertState(Alert Alert, long Version, DateTimeOffset ResolvedSeenAt);

/// <param name="Changed">Write a new version (else only last-seen moves).</param>
/// <param name="ResolvedSeenAt">When the resolution was first recorded, to keep.</param>
internal sealed record MergeDecision(bool Changed, DateTimeOffset ResolvedSeenAt);
