namespace AlertRouter.Metrics;

/// <summary>
/// One exported metric name and its series. Usually fed by one instrument; instruments of the same name and shape
/// (say, from two meters of the same factory) share it, and it lives until the last of them completes.
/// </summary>
internal sealed class MetricFamily(string name, string help, InstrumentShape shape, ILogger logger) : IExposedFamily
{
    private SeriesTable _table = new();
    private int _instruments = 1;
    private int _rejectionLogged;

    public string Name => name;

    public InstrumentShape Shape => shape;

    /// <summary>The measurement callback: find the series by tags (creating it on first sight) and record.</summary>
    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var table = Volatile.Read(ref _table);
        if (!table.TryFind(tags, out var series))
        {
            series = AddSeries(table, tags);
        }

        series?.Record(value);
    }

    /// <summary>Observable families start each scrape empty, so a series their callback stops reporting disappears.</summary>
    public void Reset() => Volatile.Write(ref _table, new SeriesTable());

    // Attach and Detach run under the exporter's registration lock.
    public void Attach() => _instruments++;

    public int Detach() => --_instruments;

    public void Write(ExpositionWriter writer)
    {
        var series = Volatile.Read(ref _table).Snapshot();
        if (series.Count == 0)
        {
            return;
        }

        writer.Family(name, help, shape.Type);
        foreach (var (labels, state) in series)
        {
            state.Write(writer, name, labels);
        }
    }

    private Series? AddSeries(SeriesTable table, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = LabelKey.From(tags);
        var problem = key.Problem();
        if (problem is not null && Interlocked.Exchange(ref _rejectionLogged, 1) == 0)
        {
            logger.SeriesRejected(name, problem);
        }

        return table.GetOrAdd(key, problem is null ? shape.NewSeries() : null);
    }
}
