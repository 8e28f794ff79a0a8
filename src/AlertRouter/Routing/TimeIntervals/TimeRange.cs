namespace AlertRouter.Routing.TimeIntervals;

/// <summary>Minutes of the day, start inclusive, end exclusive (<c>24:00</c> = 1440).</summary>
public readonly record struct TimeRange(int StartMinute, int EndMinute)
{
    public override string ToString() => $"{StartMinute / 60:00}:{StartMinute % 60:00}-{EndMinute / 60:00}:{EndMinute % 60:00}";
}
