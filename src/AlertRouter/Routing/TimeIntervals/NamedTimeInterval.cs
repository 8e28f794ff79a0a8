namespace AlertRouter.Routing.TimeIntervals;

/// <summary>A named entry of <c>time_intervals</c> (or legacy <c>mute_time_intervals</c>): it contains an instant when any of its intervals does.</summary>
public sealed record NamedTimeInterval(string Name, IReadOnlyList<TimeInterval> Intervals)
{
    public bool Contains(DateTimeOffset instant) => Intervals.Any(i => i.Contains(instant));
}
