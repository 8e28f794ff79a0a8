using System.Text;

namespace AlertRouter.Model;

/// <summary>FNV-1a 64 as in prometheus/common model/fnv.go, with the 0xFF separator of model/signature.go.</summary>
internal static class Fnv1a
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const byte Separator = 0xFF;

    public static ulong Hash(ReadOnlySpan<KeyValuePair<string, string>> sortedPairs)
    {
        var hash = OffsetBasis;
        Span<byte> buffer = stackalloc byte[256];
        foreach (var (name, value) in sortedPairs)
        {
            hash = Add(hash, name, buffer);
            hash = AddByte(hash, Separator);
            hash = Add(hash, value, buffer);
            hash = AddByte(hash, Separator);
        }

        return hash;
    }

    private static ulong Add(ulong hash, string text, Span<byte> buffer)
    {
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= buffer.Length
            ? buffer[..Encoding.UTF8.GetBytes(text, buffer)]
            : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash = AddByte(hash, b);
        }

        return hash;
    }

    private static ulong AddByte(ulong hash, byte b) => (hash ^ b) * Prime;
}
