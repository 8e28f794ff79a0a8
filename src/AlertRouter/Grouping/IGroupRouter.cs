using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>The aggregation groups an alert with these labels joins under the current route tree.</summary>
public interface IGroupRouter
{
    IReadOnlyList<GroupRef> GroupsFor(LabelSet labels);
}
