using System.Text.Json.Serialization;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.PagerDuty;

[JsonSourceGenerationOptions(Converters = [typeof(GoStringConverter), typeof(GoMapConverter)])]
[JsonSerializable(typeof(PagerDutyEvent))]
[JsonSerializable(typeof(PagerDutyV1Event))]
internal sealed partial class PagerDutyJsonContext : JsonSerializerContext;
