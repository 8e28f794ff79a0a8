using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>Alertmanager's <c>template.Pairs</c> ([]Pair).</summary>
internal sealed class PairsSlice(TemplatePair[] pairs, int offset, int count) : IGoSlice
{
    public int Count => count;

    public GoValue this[int index] => GoValue.FromObject(AlertmanagerTypes.Pair, pairs[offset + index]);

    public IGoSlice Slice(int low, int high) => new PairsSlice(pairs, offset + low, high - low);

    public string[] Names()
    {
        var r = new string[count];
        for (var i = 0; i < count; i++)
        {
            r[i] = pairs[offset + i].Name;
        }

        return r;
    }

    public string[] Values()
    {
        var r = new string[count];
        for (var i = 0; i < count; i++)
        {
            r[i] = pairs[offset + i].Value;
        }

        return r;
    }
}
