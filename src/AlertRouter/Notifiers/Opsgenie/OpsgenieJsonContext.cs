using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Opsgenie;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter), typeof(GoMapConverter)])]
[JsonSerializable(typeof(OpsgenieCreateMessage))]
[JsonSerializable(typeof(OpsgenieTextMessage))]
internal sealed partial class OpsgenieJsonContext : JsonSerializerContext;
