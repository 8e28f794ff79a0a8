using AlertRouter.Config;
using AlertRouter.Model;
using Route = AlertRouter.Routing.Route;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>Routes labels through the serving route tree: one group per matched route and distinct group labels.</summary>
internal sealed class RouteTreeGroupRouter(IRouterConfigProvider config) : IGroupRouter
{
    public IReadOnlyList<GroupRef> GroupsFor(LabelSet labels) => GroupsFor(config.Current, labels);

    public static IReadOnlyList<GroupRef> GroupsFor(RouterConfig snapshot, LabelSet labels)
    {
        var routes = snapshot.Root.Match(labels);
        var groups = new GroupRef[routes.Count];
        for (var i = 0; i < routes.Count; i++)
        {
            groups[i] = For(routes[i], labels);
        }

        return groups;
    }

    public static GroupRef For(Route route, LabelSet labels)
    {
        var groupLabels = route.GroupLabels(labels);
        return new GroupRef(route.Id, route.GroupKeyFor(groupLabels), route.Options.Receiver, groupLabels, route.Options.GroupWait);
    }
}
