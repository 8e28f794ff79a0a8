using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AlertRouter.Notifiers.Json;

/// <summary>
/// Byte-compatible output of Go's <c>json.Encoder</c> as Alertmanager 0.25 uses it: HTML-safe escaping of &lt; &gt; &amp;,
/// U+2028/2029 escaped, other non-ASCII raw, lowercase <c>\u00xx</c>, map keys sorted, and a trailing newline.
/// </summary>
internal static class GoJson
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Serializes with <paramref name="typeInfo"/> (whose context carries the Go converters) plus Go's trailing "\n".</summary>
    public static byte[] Encode<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Go's <c>encodeState.string</c> with escapeHTML (Go 1.19, as Debian's Alertmanager 0.25 is built with).</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    AppendUnicodeEscape(sb, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // Go writes invalid UTF-8 as an escaped replacement character.
                        sb.Append("\\ufffd");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c)
    {
        sb.Append("\\u");
        var code = (int)c;
        for (var shift = 12; shift >= 0; shift -= 4)
        {
            sb.Append(Hex[(code >> shift) & 0xF]);
        }
    }

    /// <summary>A JSON object with keys sorted by byte order, as Go encodes a map[string]string.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder("{");
        foreach (var (key, value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (sb.Length > 1)
            {
                sb.Append(',');
            }

            sb.Append(Quote(key)).Append(':').Append(Quote(value));
        }

        return sb.Append('}').ToString();
    }
}
