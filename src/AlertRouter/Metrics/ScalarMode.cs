namespace AlertRouter.Metrics;

/// <summary>How a measurement changes a single-valued series.</summary>
internal enum ScalarMode
{
    /// <summary>Counter: adds, ignoring negative and NaN values so the series never goes down.</summary>
    AddMonotonic,

    /// <summary>UpDownCounter: adds any finite value.</summary>
    Add,

    /// <summary>Gauge and every observable instrument: the measurement is the current value.</summary>
    Set,
}
