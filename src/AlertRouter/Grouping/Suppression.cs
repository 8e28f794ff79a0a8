using AlertRouter.Config;
using AlertRouter.Model;

namespace AlertRouter.Grouping;

/// <summary>Why an alert would not be notified right now, for the API and the alerts gauge.</summary>
internal static class Suppression
{
    /// <summary>The time intervals muting the alert on every route it matches (empty when any route would notify).</summary>
    public static IReadOnlyList<string> MutedBy(RouterConfig config, LabelSet labels, DateTimeOffset now)
    {
        var names = new List<string>();
        foreach (var route in config.Root.Match(labels))
        {
            var mutes = route.Options.MuteTimeIntervals.Where(n => config.IntervalContains(n, now)).ToList();
            var inactive = route.Options.ActiveTimeIntervals.Count > 0 && !route.Options.ActiveTimeIntervals.Any(n => config.IntervalContains(n, now));
            if (mutes.Count == 0 && !inactive)
            {
                return [];
            }

            names.AddRange(mutes);
            if (inactive)
            {
                names.AddRange(route.Options.ActiveTimeIntervals.Select(n => "inactive:" + n));
            }
        }

        return [.. names.Distinct()];
    }

    public static bool IsMuted(RouterConfig config, LabelSet labels, DateTimeOffset now) => MutedBy(config, labels, now).Count > 0;
}
