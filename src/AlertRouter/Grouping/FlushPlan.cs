using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>The decisions of one dispatcher batch, and how many alerts each kind of suppression removed.</summary>
internal sealed record FlushPlan(IReadOnlyList<FlushResult> Results, int Inhibited, int MutedByInterval, int OutsideActiveInterval, int Notifications)
{
    /// <summary>One batch's plan from the plans of its chunks.</summary>
    public static FlushPlan Combine(IReadOnlyList<FlushPlan> plans) =>
        new([.. plans.SelectMany(p => p.Results)], plans.Sum(p => p.Inhibited), plans.Sum(p => p.MutedByInterval),
            plans.Sum(p => p.OutsideActiveInterval), plans.Sum(p => p.Notifications));
}
