using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertRouter.Model;

/// <summary>A label set as a JSON object (names in sorted order), without an intermediate dictionary.</summary>
public sealed class LabelSetJsonConverter : JsonConverter<LabelSet>
{
    public override LabelSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a label set must be a JSON object");
        }

        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = LabelStrings.Intern(reader.GetString()!);
            reader.Read();
            pairs.Add(KeyValuePair.Create(name, LabelStrings.InternShort(reader.GetString() ?? "")));
        }

        return LabelSet.FromSorted(pairs);
    }

    public override void Write(Utf8JsonWriter writer, LabelSet value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value)
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
    }
}
