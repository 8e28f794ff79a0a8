using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Mattermost;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(GoStringConverter)])]
[JsonSerializable(typeof(MattermostRequest))]
internal sealed partial class MattermostJsonContext : JsonSerializerContext;
