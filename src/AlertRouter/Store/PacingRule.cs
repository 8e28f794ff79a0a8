namespace AlertRouter.Store;

/// <summary>Pacing of one destination: at most one send per <paramref name="Interval"/>, with short bursts of <paramref name="Burst"/>.</summary>
public sealed record PacingRule(string Key, TimeSpan Interval, int Burst);
