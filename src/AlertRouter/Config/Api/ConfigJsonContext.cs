using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertRouter.Config.Api;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RoutesTestRequest))]
[JsonSerializable(typeof(RoutesTestResponse))]
[JsonSerializable(typeof(ConfigResponse))]
[JsonSerializable(typeof(ReloadResponse))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
