namespace AlertRouter.Metrics;

/// <summary>A metric family the exporter writes: from an instrument, or computed at scrape time (process metrics).</summary>
internal interface IExposedFamily
{
    string Name { get; }

    /// <summary>Writes <c># HELP</c>, <c># TYPE</c> and the series in a stable order; writes nothing when there is no series.</summary>
    void Write(ExpositionWriter writer);
}
