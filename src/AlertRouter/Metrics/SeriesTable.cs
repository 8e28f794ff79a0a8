using System.Collections.Concurrent;

namespace AlertRouter.Metrics;

/// <summary>
/// The series of one family by label key. Lookups go straight from the measurement's tag span (alternate lookup), so
/// the steady state allocates nothing; a key is built only when a series is first seen. A null value marks a label
/// set that was rejected, so it is not validated (and logged) again on every measurement.
/// </summary>
internal sealed class SeriesTable
{
    private readonly ConcurrentDictionary<LabelKey, Series?> _series = new(LabelKeyComparer.Instance);
    private readonly ConcurrentDictionary<LabelKey, Series?>.AlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>> _byTags;

    public SeriesTable() => _byTags = _series.GetAlternateLookup<ReadOnlySpan<KeyValuePair<string, object?>>>();

    public bool TryFind(ReadOnlySpan<KeyValuePair<string, object?>> tags, out Series? series) => _byTags.TryGetValue(tags, out series);

    public Series? GetOrAdd(LabelKey key, Series? series) => _series.GetOrAdd(key, series);

    /// <summary>The exported series, ordered by label set.</summary>
    public List<KeyValuePair<LabelKey, Series>> Snapshot()
    {
        var live = new List<KeyValuePair<LabelKey, Series>>(_series.Count);
        foreach (var (key, series) in _series)
        {
            if (series is not null)
            {
                live.Add(new(key, series));
            }
        }

        live.Sort((a, b) => a.Key.CompareTo(b.Key));
        return live;
    }
}
