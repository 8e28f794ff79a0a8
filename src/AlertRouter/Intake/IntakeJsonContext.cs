using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertRouter.Intake;

/// <summary>Source-generated JSON for the intake boundary. Duplicate keys are rejected rather than last-one-wins.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowDuplicateProperties = false, MaxDepth = 16)]
[JsonSerializable(typeof(WebhookMessage))]
[JsonSerializable(typeof(IntakeAccepted))]
[JsonSerializable(typeof(AlertView))]
[JsonSerializable(typeof(IReadOnlyList<AlertView>))]
internal sealed partial class IntakeJsonContext : JsonSerializerContext;
