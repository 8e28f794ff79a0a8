namespace AlertRouter.Templating.Exec;

/// <summary>A <c>[]string</c> backed by a string array.</summary>
internal sealed class GoStringSlice(string[] items, int offset, int count) : IGoSlice
{
    public GoStringSlice(string[] items)
        : this(items, 0, items.Length)
    {
    }

    public int Count => count;

    public GoValue this[int index] => GoValue.String(items[offset + index]);

    public string StringAt(int index) => items[offset + index];

    public IGoSlice Slice(int low, int high) => new GoStringSlice(items, offset + low, high - low);

    public IEnumerable<string> Strings => items.Skip(offset).Take(count);
}
