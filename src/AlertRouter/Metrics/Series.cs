namespace AlertRouter.Metrics;

/// <summary>The state of one labelled series. <see cref="Record"/> is on the hot path and must be lock-free or nearly so.</summary>
internal abstract class Series
{
    public abstract void Record(double value);

    public abstract void Write(ExpositionWriter writer, string name, LabelKey labels);
}
