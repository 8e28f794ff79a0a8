using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Json;

/// <summary>Writes a string map as Go does: keys sorted by byte order, Go-escaped keys and values.</summary>
internal sealed class GoMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, GoJsonReadContext.Default.DictionaryStringString) ?? [];

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options) =>
        writer.WriteRawValue(GoJson.Map(value), skipInputValidation: true);
}
