namespace AlertRouter.Metrics;

/// <summary>A family whose values are read at scrape time rather than recorded through an instrument.</summary>
internal sealed record ComputedFamily(string Name, string Help, MetricType Type, IReadOnlyList<KeyValuePair<LabelKey, double>> Samples)
    : IExposedFamily
{
    public static ComputedFamily Single(string name, string help, MetricType type, double value) =>
        new(name, help, type, [new(LabelKey.Empty, value)]);

    public void Write(ExpositionWriter writer)
    {
        if (Samples.Count == 0)
        {
            return;
        }

        writer.Family(Name, Help, Type);
        foreach (var (labels, value) in Samples.OrderBy(s => s.Key))
        {
            writer.Sample(Name, labels, value);
        }
    }
}
