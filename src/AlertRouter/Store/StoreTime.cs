namespace AlertRouter.Store;

/// <summary>Times are stored as UTC ticks; 0 is Alertmanager's zero time.</summary>
internal static class StoreTime
{
    public static DateTimeOffset From(long ticks) => new(ticks, TimeSpan.Zero);
}
