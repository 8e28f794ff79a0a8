using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Json;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class GoJsonReadContext : JsonSerializerContext;
