using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Templates;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter), typeof(GoMapConverter)])]
[JsonSerializable(typeof(TemplateData))]
[JsonSerializable(typeof(TemplateAlert))]
[JsonSerializable(typeof(TemplateAlert[]))]
[JsonSerializable(typeof(TemplatePair[]))]
internal sealed partial class TemplateJsonContext : JsonSerializerContext;
