using AlertRouter.Model;

namespace AlertRouter.Routing;

/// <summary>
/// Per-thread scratch for one <see cref="Route.Match"/>: label values memoised by <see cref="LabelSlots"/> slot (a
/// generation stamp avoids clearing), and the result buffer. Nothing here allocates once warmed up.
/// </summary>
internal sealed class LabelLookup
{
    [ThreadStatic]
    private static LabelLookup? _current;

    private string[] _values = new string[16];
    private int[] _stamps = new int[16];
    private int _generation;
    private LabelSet _labels = LabelSet.Empty;

    public List<Route> Results { get; } = new(8);

    public static LabelLookup Begin(LabelSet labels)
    {
        var lookup = _current ??= new LabelLookup();
        lookup._labels = labels;
        lookup.Results.Clear();
        if (++lookup._generation == int.MaxValue)
        {
            Array.Clear(lookup._stamps);
            lookup._generation = 1;
        }

        return lookup;
    }

    public string Get(string name, int slot)
    {
        if (slot >= _stamps.Length)
        {
            var size = Math.Max(slot + 1, _stamps.Length * 2);
            Array.Resize(ref _values, size);
            Array.Resize(ref _stamps, size);
        }

        if (_stamps[slot] == _generation)
        {
            return _values[slot];
        }

        var value = _labels.Get(name);
        _values[slot] = value;
        _stamps[slot] = _generation;
        return value;
    }
}
