using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Exec;

/// <summary>Go's string order: bytewise over UTF-8, which is code-point order (raw bytes sort by their value).</summary>
internal sealed class GoStringComparer : IComparer<string>
{
    public static readonly GoStringComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                return Key(x, i).CompareTo(Key(y, i));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    // The first UTF-8 byte's order equals code-point order; a raw byte escape compares as that byte.
    private static long Key(string s, int i)
    {
        var c = s[i];
        if (GoString.IsRawByte(c))
        {
            return ((long)(c - 0xDC00)) << 24;
        }

        var r = GoString.DecodeRune(s, i, out _, out _);
        var len = GoString.RuneLen(r);
        var lead = len switch { 1 => r, 2 => 0xC0 | (r >> 6), 3 => 0xE0 | (r >> 12), _ => 0xF0 | (r >> 18) };
        return ((long)lead << 24) | (long)(r & 0xFFFFFF);
    }
}
