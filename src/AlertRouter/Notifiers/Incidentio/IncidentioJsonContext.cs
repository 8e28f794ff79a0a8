using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Incidentio;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter), typeof(GoMapConverter)])]
[JsonSerializable(typeof(IncidentioMessage))]
[JsonSerializable(typeof(IncidentioError))]
internal sealed partial class IncidentioJsonContext : JsonSerializerContext;
