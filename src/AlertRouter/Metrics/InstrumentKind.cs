namespace AlertRouter.Metrics;

/// <summary>The System.Diagnostics.Metrics instrument types the exporter understands.</summary>
internal enum InstrumentKind
{
    Counter,
    UpDownCounter,
    Gauge,
    Histogram,
    ObservableCounter,
    ObservableUpDownCounter,
    ObservableGauge,
}
