namespace AlertRouter.Routing;

/// <summary>
/// A route's effective settings after inheritance (§2.2). <see cref="GroupBy"/> is sorted; with
/// <see cref="GroupByAll"/> every label groups. Time intervals are the node's own, never inherited.
/// </summary>
public sealed record RouteOpts(
    string Receiver,
    IReadOnlyList<string> GroupBy,
    bool GroupByAll,
    TimeSpan GroupWait,
    TimeSpan GroupInterval,
    TimeSpan RepeatInterval,
    IReadOnlyList<string> MuteTimeIntervals,
    IReadOnlyList<string> ActiveTimeIntervals)
{
    /// <summary>Alertmanager's DefaultRouteOpts: group_wait 30s, group_interval 5m, repeat_interval 4h, group_by {}.</summary>
    public static readonly RouteOpts Default = new(
        "", [], false, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), [], []);
}
