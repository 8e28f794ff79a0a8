using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.MSTeamsV2;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(GoStringConverter)])]
[JsonSerializable(typeof(MSTeamsV2Message))]
internal sealed partial class MSTeamsV2JsonContext : JsonSerializerContext;
