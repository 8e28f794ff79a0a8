using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.MSTeams;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter)])]
[JsonSerializable(typeof(MSTeamsMessage))]
internal sealed partial class MSTeamsJsonContext : JsonSerializerContext;
