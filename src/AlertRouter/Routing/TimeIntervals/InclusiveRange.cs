namespace AlertRouter.Routing.TimeIntervals;

/// <summary>An inclusive [Begin, End] range of weekdays (0 = Sunday), days of month (negative = from the end), months or years.</summary>
public readonly record struct InclusiveRange(int Begin, int End)
{
    public bool Contains(int value) => value >= Begin && value <= End;
}
