namespace AlertRouter.Templating.Exec;

/// <summary>A slice held as values.</summary>
internal sealed class GoValueSlice(GoValue[] items, int offset, int count) : IGoSlice
{
    public static readonly GoValueSlice Empty = new([], 0, 0);

    public GoValueSlice(GoValue[] items)
        : this(items, 0, items.Length)
    {
    }

    public int Count => count;

    public GoValue this[int index] => items[offset + index];

    public IGoSlice Slice(int low, int high) => new GoValueSlice(items, offset + low, high - low);

    public GoValue[] ToArray() => items.AsSpan(offset, count).ToArray();
}
