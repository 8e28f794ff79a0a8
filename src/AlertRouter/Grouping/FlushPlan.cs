using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>The decisions of one dispatcher batch, and how many alerts each kind of suppression removed.</summary>
internal sealed record FlushPlan(IReadOnlyList<FlushResult> Results, int Inhibited, int MutedByInterval, int OutsideActiveInterval, int Notifications);
