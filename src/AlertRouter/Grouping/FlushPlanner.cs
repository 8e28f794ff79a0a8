using AlertRouter.Config;
using AlertRouter.Delivery;
using AlertRouter.Inhibition;
using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>
/// Alertmanager's flush, minus the sending: for each due group, in its stage order — inhibition, then the route's
/// active and mute time intervals, then per integration the dedup decision (§4). Pure: the caller supplies the
/// config snapshot, the alerts, the nflog and the time.
/// </summary>
internal static class FlushPlanner
{
    public static FlushPlan Plan(IReadOnlyList<DueGroup> groups, RouterConfig config, Func<MemberRef, StoredAlert?> alerts,
        IReadOnlyDictionary<NflogKey, NflogEntry> nflog, InhibitionSnapshot inhibition, DateTimeOffset now)
    {
        var results = new List<FlushResult>(groups.Count);
        int inhibited = 0, muted = 0, inactive = 0, notifications = 0;
        foreach (var group in groups)
        {
            if (!config.RoutesById.TryGetValue(group.RouteId, out var route) || route.Options.Receiver != group.Receiver)
            {
                // The route changed under the group (reload): drop it; rerouting put its alerts where they now belong.
                results.Add(new FlushResult(group.Id, group.GroupKey, group.Receiver, now, null, [], []));
                continue;
            }

            var members = new List<(MemberRef Member, Alert Alert)>(group.Members.Count);
            foreach (var member in group.Members)
            {
                if (alerts(member) is { } stored)
                {
                    members.Add((member with { Version = stored.Version }, stored.Alert));
                }
            }

            var resolvedMembers = members.Where(m => m.Alert.IsResolvedAt(now)).Select(m => m.Member).ToList();
            var surviving = members.Where(m => inhibition.Check(m.Alert.Labels) is null).ToList();
            inhibited += members.Count - surviving.Count;
            if (surviving.Count > 0 && route.Options.MuteTimeIntervals.Any(name => config.IntervalContains(name, now)))
            {
                muted += surviving.Count;
                surviving.Clear();
            }
            else if (surviving.Count > 0 && route.Options.ActiveTimeIntervals.Count > 0 &&
                     !route.Options.ActiveTimeIntervals.Any(name => config.IntervalContains(name, now)))
            {
                inactive += surviving.Count;
                surviving.Clear();
            }

            var decisions = Decide(group, route.Options.RepeatInterval, config, surviving, nflog, now);
            notifications += decisions.Count(d => d.Payload is not null);
            results.Add(new FlushResult(group.Id, group.GroupKey, group.Receiver, now, now + route.Options.GroupInterval, decisions, resolvedMembers));
        }

        return new FlushPlan(results, inhibited, muted, inactive, notifications);
    }

    private static List<NotificationDecision> Decide(DueGroup group, TimeSpan repeatInterval, RouterConfig config,
        List<(MemberRef Member, Alert Alert)> surviving, IReadOnlyDictionary<NflogKey, NflogEntry> nflog, DateTimeOffset now)
    {
        var decisions = new List<NotificationDecision>();
        if (!config.Receivers.TryGetValue(group.Receiver, out var receiver))
        {
            return decisions;
        }

        surviving.Sort((a, b) => AlertOrder.Instance.Compare(a.Alert, b.Alert));
        var firing = surviving.Where(m => !m.Alert.IsResolvedAt(now)).Select(m => m.Member.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var resolved = surviving.Where(m => m.Alert.IsResolvedAt(now)).Select(m => m.Member.Fingerprint).ToHashSet(StringComparer.Ordinal);
        NotificationPayload? payload = null;
        foreach (var integration in receiver.Integrations.Where(i => i.IsConfigured))
        {
            var entry = nflog.GetValueOrDefault(new NflogKey(group.GroupKey, receiver.Name, integration.Name));
            var reason = Dedup.NeedsUpdate(entry, firing, resolved, integration.SendResolved, repeatInterval, now);
            if (reason != NotifyReason.None)
            {
                payload ??= Payload(group, repeatInterval, surviving, now);
                decisions.Add(new NotificationDecision(integration.Name, reason.Text(), payload));
            }
            else if (group.PendingIntegrations.Contains(integration.Name))
            {
                decisions.Add(new NotificationDecision(integration.Name, "no notification needed", null));
            }
        }

        return decisions;
    }

    // Alertmanager zeroes endsAt on the flush's copy of every alert that is not resolved.
    private static NotificationPayload Payload(DueGroup group, TimeSpan repeatInterval, List<(MemberRef Member, Alert Alert)> alerts, DateTimeOffset now) =>
        new(group.GroupLabels, repeatInterval, [.. alerts.Select(m => new PayloadAlert(
            m.Member.Fingerprint, m.Member.Version, m.Alert.Labels, m.Alert.Annotations,
            m.Alert.StartsAt, m.Alert.IsResolvedAt(now) ? m.Alert.EndsAt : GoTime.Zero, m.Alert.GeneratorUrl, m.Alert.IsResolvedAt(now)))]);
}
