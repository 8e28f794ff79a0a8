using AlertRouter.Config;
using AlertRouter.Routing;
using AlertRouter.Yaml;
using Route = AlertRouter.Routing.Route;

namespace AlertRouter.Ui;

/// <summary><c>GET /api/v1/routes</c>: the route tree of the serving config as JSON, for the routing page to draw.</summary>
internal static class RoutesApi
{
    public static IResult Get(IRouterConfigProvider provider)
    {
        var config = provider.Current;
        var view = new RouteTreeView(
            config.Hash,
            Node(config.Root),
            [.. config.InhibitRules.Select(r => new InhibitRuleView(r.DisplayName, Strings(r.SourceMatchers), Strings(r.TargetMatchers), r.Equal, r.Source))],
            [.. config.TimeIntervals.Keys.Order(StringComparer.Ordinal)]);
        return TypedResults.Json(view, UiJsonContext.Default.RouteTreeView);
    }

    private static RouteNodeView Node(Route route)
    {
        var o = route.Options;
        return new RouteNodeView(route.Id, route.Key, Strings(route.Matchers), o.Receiver, o.GroupBy, o.GroupByAll,
            GoDuration.Format(o.GroupWait), GoDuration.Format(o.GroupInterval), GoDuration.Format(o.RepeatInterval),
            route.Continue, o.MuteTimeIntervals, o.ActiveTimeIntervals, route.Source, [.. route.Children.Select(Node)]);
    }

    private static string[] Strings(Matchers matchers) => [.. matchers.Select(m => m.ToString())];
}
