using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Json;

/// <summary>Writes every string the way Go's encoder does (see <see cref="GoJson.Quote"/>).</summary>
internal sealed class GoStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteRawValue(GoJson.Quote(value), skipInputValidation: true);
}
