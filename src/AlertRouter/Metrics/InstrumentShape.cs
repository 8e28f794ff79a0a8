using System.Diagnostics.Metrics;

namespace AlertRouter.Metrics;

/// <summary>What an instrument exports as: its kind and, for histograms, the bucket upper bounds.</summary>
internal sealed record InstrumentShape(InstrumentKind Kind, double[] Bounds)
{
    public MetricType Type => Kind switch
    {
        InstrumentKind.Counter or InstrumentKind.ObservableCounter => MetricType.Counter,
        InstrumentKind.Histogram => MetricType.Histogram,
        _ => MetricType.Gauge,
    };

    /// <summary>Observable series exist only while their callback reports them, so they are rebuilt at each scrape.</summary>
    public bool IsObservable => Kind is InstrumentKind.ObservableCounter or InstrumentKind.ObservableGauge or InstrumentKind.ObservableUpDownCounter;

    public Series NewSeries() => Kind switch
    {
        InstrumentKind.Counter => new ScalarSeries(ScalarMode.AddMonotonic),
        InstrumentKind.UpDownCounter => new ScalarSeries(ScalarMode.Add),
        InstrumentKind.Histogram => new HistogramSeries(Bounds),

        // An observable counter reports its running total, not an increment.
        _ => new ScalarSeries(ScalarMode.Set),
    };

    /// <summary>Two instruments may feed one family only if a reader could not tell them apart.</summary>
    public bool IsCompatibleWith(InstrumentShape other) => Kind == other.Kind && Bounds.AsSpan().SequenceEqual(other.Bounds);

    public static InstrumentShape? Of(Instrument instrument)
    {
        var type = instrument.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        InstrumentKind? kind =
            definition == typeof(Counter<>) ? InstrumentKind.Counter
            : definition == typeof(UpDownCounter<>) ? InstrumentKind.UpDownCounter
            : definition == typeof(Gauge<>) ? InstrumentKind.Gauge
            : definition == typeof(Histogram<>) ? InstrumentKind.Histogram
            : definition == typeof(ObservableCounter<>) ? InstrumentKind.ObservableCounter
            : definition == typeof(ObservableUpDownCounter<>) ? InstrumentKind.ObservableUpDownCounter
            : definition == typeof(ObservableGauge<>) ? InstrumentKind.ObservableGauge
            : null;
        if (kind is null)
        {
            return null;
        }

        return new InstrumentShape(kind.Value, kind == InstrumentKind.Histogram ? BucketBounds(instrument) : []);
    }

    private static double[] BucketBounds(Instrument instrument)
    {
        var advised = instrument switch
        {
            Instrument<double> i => i.Advice?.HistogramBucketBoundaries?.ToArray(),
            Instrument<float> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Instrument<long> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Instrument<int> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Instrument<short> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Instrument<byte> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            Instrument<decimal> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
            _ => null,
        };

        // +Inf is always written as the last bucket, so an advised infinite bound would be a duplicate series;
        // InstrumentAdvice already guarantees the rest is strictly ascending.
        var bounds = (advised ?? [.. AlertRouterMeter.DefaultBuckets]).Where(double.IsFinite).ToArray();
        return bounds;
    }
}
