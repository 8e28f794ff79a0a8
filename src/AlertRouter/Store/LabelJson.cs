using System.Text;
using System.Text.Json;
using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>Label sets as compact JSON objects in the store, in LabelSet order (sorted by name).</summary>
internal static class LabelJson
{
    public static string Write(LabelSet labels)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in labels)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static LabelSet Read(string json)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
            reader.Read();
            return Converter.Read(ref reader, typeof(LabelSet), Options);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly LabelSetJsonConverter Converter = new();
    private static readonly JsonSerializerOptions Options = new();
}
