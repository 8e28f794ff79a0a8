using System.Text;

namespace AlertRouter.Templating.Fmt;

/// <summary>
/// Go strings are bytes; here they are .NET strings in which a byte that is not valid UTF-8 is carried as the lone
/// surrogate U+DC00+byte (0x80..0xFF). These helpers give Go's byte and rune views of such a string.
/// </summary>
internal static class GoString
{
    public const int RuneError = 0xFFFD;

    /// <summary>Decodes one rune at <paramref name="i"/>: its value (RuneError for a raw byte), UTF-16 width, and the
    /// raw byte (or -1) when the position holds a byte that is not UTF-8.</summary>
    public static int DecodeRune(string s, int i, out int width, out int rawByte)
    {
        var c = s[i];
        rawByte = -1;
        width = 1;
        if (!char.IsSurrogate(c))
        {
            return c;
        }

        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }

        if (c is >= (char)0xDC80 and <= (char)0xDCFF)
        {
            rawByte = c - 0xDC00;
        }

        return RuneError;
    }

    public static bool IsRawByte(char c) => c is >= (char)0xDC80 and <= (char)0xDCFF;

    /// <summary>UTF-8 length of one rune as Go encodes it.</summary>
    public static int RuneLen(int r) => r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;

    public static int ByteLength(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            if (c < 0x80)
            {
                n++;
                i++;
                continue;
            }

            var r = DecodeRune(s, i, out var w, out var raw);
            n += raw >= 0 ? 1 : RuneLen(r);
            i += w;
        }

        return n;
    }

    public static int ByteLength(string s, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end;)
        {
            var r = DecodeRune(s, i, out var w, out var raw);
            n += raw >= 0 ? 1 : RuneLen(r);
            i += w;
        }

        return n;
    }

    public static int RuneCount(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; n++)
        {
            DecodeRune(s, i, out var w, out _);
            i += w;
        }

        return n;
    }

    public static string FirstRunes(string s, int count)
    {
        var i = 0;
        for (var n = 0; n < count && i < s.Length; n++)
        {
            DecodeRune(s, i, out var w, out _);
            i += w;
        }

        return s[..i];
    }

    /// <summary>The bytes of the Go string.</summary>
    public static byte[] ToBytes(string s)
    {
        var bytes = new List<byte>(s.Length);
        Span<byte> buf = stackalloc byte[4];
        for (var i = 0; i < s.Length;)
        {
            var r = DecodeRune(s, i, out var w, out var raw);
            if (raw >= 0)
            {
                bytes.Add((byte)raw);
            }
            else
            {
                var n = new Rune(r).EncodeToUtf8(buf);
                for (var k = 0; k < n; k++)
                {
                    bytes.Add(buf[k]);
                }
            }

            i += w;
        }

        return [.. bytes];
    }

    /// <summary>Makes a Go string from bytes, keeping invalid UTF-8 bytes as escapes.</summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                bytes = bytes[consumed..];
            }
            else
            {
                sb.Append((char)(0xDC00 + bytes[0]));
                bytes = bytes[1..];
            }
        }

        return sb.ToString();
    }

    /// <summary>The byte at byte offset <paramref name="index"/>.</summary>
    public static byte ByteAt(string s, int index) => ToBytes(s)[index];

    /// <summary>Bytes [lo, hi) as a Go string.</summary>
    public static string ByteSlice(string s, int lo, int hi)
    {
        if (IsAscii(s))
        {
            return s[lo..hi];
        }

        return FromBytes(ToBytes(s).AsSpan(lo, hi - lo));
    }

    public static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The string as it leaves the engine: each raw byte becomes U+FFFD, as Go's encoding/json writes it.</summary>
    public static string ToDisplay(string s)
    {
        var i = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        while (i < s.Length)
        {
            var r = DecodeRune(s, i, out var w, out _);
            if (w == 2)
            {
                sb.Append(s, i, 2);
            }
            else
            {
                sb.Append(r == RuneError && char.IsSurrogate(s[i]) ? '\uFFFD' : (char)r);
            }

            i += w;
        }

        return sb.ToString();
    }
}
