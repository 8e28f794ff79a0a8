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
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var pairs = new List<KeyValuePair<string, string>>();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            pairs.Add(KeyValuePair.Create(name, reader.GetString() ?? ""));
        }

        return LabelSet.From(pairs);
    }
}
