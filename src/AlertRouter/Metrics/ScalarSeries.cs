namespace AlertRouter.Metrics;

/// <summary>A counter or gauge value, updated with compare-and-swap so concurrent adds are exact and never block.</summary>
internal sealed class ScalarSeries(ScalarMode mode) : Series
{
    private double _value;

    public double Value => Volatile.Read(ref _value);

    public override void Record(double value)
    {
        switch (mode)
        {
            case ScalarMode.Set:
                Interlocked.Exchange(ref _value, value);
                break;
            case ScalarMode.Add when double.IsFinite(value):
            case ScalarMode.AddMonotonic when double.IsFinite(value) && value >= 0:
                AddAtomic(value);
                break;
        }
    }

    public override void Write(ExpositionWriter writer, string name, LabelKey labels) => writer.Sample(name, labels, Value);

    private void AddAtomic(double delta)
    {
        var seen = Volatile.Read(ref _value);
        while (true)
        {
            var found = Interlocked.CompareExchange(ref _value, seen + delta, seen);

            // Compare bits, not values: a NaN set earlier is never == itself and would spin forever.
            if (BitConverter.DoubleToInt64Bits(found) == BitConverter.DoubleToInt64Bits(seen))
            {
                return;
            }

            seen = found;
        }
    }
}
