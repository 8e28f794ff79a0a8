using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>Reading PagerDuty's answers (plain System.Text.Json; the Go converters are for writing).</summary>
[JsonSerializable(typeof(PagerDutyResponse))]
internal sealed partial class PagerDutyResponseJsonContext : JsonSerializerContext;
