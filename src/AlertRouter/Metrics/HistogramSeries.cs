namespace AlertRouter.Metrics;

/// <summary>
/// Classic Prometheus histogram: one count per upper bound (inclusive, as <c>le</c> means) plus an overflow slot.
/// A short lock keeps buckets, sum and count consistent with each other; nothing allocates while it is held.
/// </summary>
internal sealed class HistogramSeries(double[] bounds) : Series
{
    private readonly Lock _gate = new();
    private readonly long[] _counts = new long[bounds.Length + 1];
    private double _sum;
    private long _count;

    public override void Record(double value)
    {
        // NaN fits no bucket and would poison _sum for good; Prometheus clients differ here, we drop it.
        if (double.IsNaN(value))
        {
            return;
        }

        var index = Array.BinarySearch(bounds, value);
        if (index < 0)
        {
            index = ~index;
        }

        lock (_gate)
        {
            _counts[index]++;
            _sum += value;
            _count++;
        }
    }

    public override void Write(ExpositionWriter writer, string name, LabelKey labels)
    {
        var counts = new long[_counts.Length];
        double sum;
        long count;
        lock (_gate)
        {
            _counts.CopyTo(counts, 0);
            sum = _sum;
            count = _count;
        }

        var cumulative = 0L;
        for (var i = 0; i < bounds.Length; i++)
        {
            cumulative += counts[i];
            writer.Sample(name + "_bucket", labels, cumulative, "le", bounds[i]);
        }

        writer.Sample(name + "_bucket", labels, count, "le", double.PositiveInfinity);
        writer.Sample(name + "_sum", labels, sum);
        writer.Sample(name + "_count", labels, count);
    }
}
