using AlertRouter.Inhibition;
using AlertRouter.Model;
using AlertRouter.Yaml;

namespace AlertRouter.Config.Api;

/// <summary>The dry run behind <c>POST /api/v1/routes/test</c>, as a pure function of config, labels, time and firing alerts.</summary>
public static class RoutesTester
{
    public static RoutesTestResponse Evaluate(RouterConfig config, LabelSet labels, DateTimeOffset at, IEnumerable<Alert> firing)
    {
        var matched = config.Root.Match(labels);
        var routes = matched.Select(route =>
        {
            var options = route.Options;
            var mutedBy = options.MuteTimeIntervals.Where(name => config.IntervalContains(name, at)).ToList();
            var active = options.ActiveTimeIntervals.Count == 0 || options.ActiveTimeIntervals.Any(name => config.IntervalContains(name, at));
            return new MatchedRoute(
                route.Id,
                route.Key,
                options.Receiver,
                options.GroupBy,
                options.GroupByAll,
                GoDuration.Format(options.GroupWait),
                GoDuration.Format(options.GroupInterval),
                GoDuration.Format(options.RepeatInterval),
                route.GroupKey(labels),
                route.Continue,
                mutedBy.Count > 0,
                mutedBy,
                active,
                options.ActiveTimeIntervals,
                route.Source);
        }).ToList();

        var inhibition = Inhibitor.Check(config.InhibitRules, labels, firing, at);
        var inhibitedBy = inhibition is null
            ? null
            : new InhibitedBy(inhibition.Rule.DisplayName, inhibition.Rule.Index, inhibition.Rule.Source,
                inhibition.SourceFingerprints.Select(f => f.ToString()).ToList());
        return new RoutesTestResponse(matched.Select(r => r.Options.Receiver).ToList(), routes, inhibitedBy, GoTime.Format(at), config.Hash);
    }
}
