using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>Placeholder until the route tree is wired: alerts are stored but join no group.</summary>
internal sealed class UnroutedGroupRouter : IGroupRouter
{
    public IReadOnlyList<GroupRef> GroupsFor(LabelSet labels) => [];
}
