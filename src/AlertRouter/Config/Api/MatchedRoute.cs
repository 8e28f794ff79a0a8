namespace AlertRouter.Config.Api;

/// <summary>One matched route node with its effective settings and its time-interval state at the requested time.</summary>
/// <param name="Muted">A mute_time_interval contains the time; <see cref="MutedBy"/> names them.</param>
/// <param name="Active">False when the route has active_time_intervals and none contains the time; <see cref="ActiveTimeIntervals"/> names them.</param>
public sealed record MatchedRoute(
    string Id,
    string Key,
    string Receiver,
    IReadOnlyList<string> GroupBy,
    bool GroupByAll,
    string GroupWait,
    string GroupInterval,
    string RepeatInterval,
    string GroupKey,
    bool Continue,
    bool Muted,
    IReadOnlyList<string> MutedBy,
    bool Active,
    IReadOnlyList<string> ActiveTimeIntervals,
    string? Source);
