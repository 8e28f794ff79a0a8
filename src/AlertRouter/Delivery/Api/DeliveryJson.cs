using System.Text.Json.Serialization;

namespace AlertRouter.Delivery.Api;

internal sealed record NotificationView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("groupKey")] string GroupKey,
    [property: JsonPropertyName("receiver")] string Receiver,
    [property: JsonPropertyName("integration")] string Integration,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("nextAttemptAt")] DateTimeOffset? NextAttemptAt,
    [property: JsonPropertyName("deliveredAt")] DateTimeOffset? DeliveredAt,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("superseded")] int Superseded,
    [property: JsonPropertyName("lastError")] string? LastError,
    [property: JsonPropertyName("lastStatus")] int? LastStatus,
    [property: JsonPropertyName("alerts")] IReadOnlyList<NotificationAlertView> Alerts,
    [property: JsonPropertyName("attemptLog")] IReadOnlyList<AttemptView> AttemptLog);

internal sealed record NotificationAlertView(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, string> Labels);

internal sealed record AttemptView(
    [property: JsonPropertyName("attempt")] int Attempt,
    [property: JsonPropertyName("startedAt")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("durationMs")] double DurationMs,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("statusCode")] int? StatusCode,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("error")] string? Error);

internal sealed record ReceiverView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("integrations")] IReadOnlyList<IntegrationView> Integrations);

internal sealed record IntegrationView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("missingVariables")] IReadOnlyList<string> MissingVariables,
    [property: JsonPropertyName("sendResolved")] bool SendResolved,
    [property: JsonPropertyName("circuit")] string Circuit,
    [property: JsonPropertyName("lastSuccess")] DateTimeOffset? LastSuccess,
    [property: JsonPropertyName("lastFailure")] DateTimeOffset? LastFailure,
    [property: JsonPropertyName("lastError")] string? LastError);

internal sealed record ReceiverTestRequest(
    [property: JsonPropertyName("labels")] Dictionary<string, string>? Labels,
    [property: JsonPropertyName("annotations")] Dictionary<string, string>? Annotations);

internal sealed record ReceiverTestResult(
    [property: JsonPropertyName("receiver")] string Receiver,
    [property: JsonPropertyName("delivered")] bool Delivered,
    [property: JsonPropertyName("integrations")] IReadOnlyList<IntegrationTestResult> Integrations);

internal sealed record IntegrationTestResult(
    [property: JsonPropertyName("integration")] string Integration,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("statusCode")] int? StatusCode,
    [property: JsonPropertyName("durationMs")] double DurationMs,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("error")] string? Error);

[JsonSerializable(typeof(IReadOnlyList<NotificationView>))]
[JsonSerializable(typeof(IReadOnlyList<ReceiverView>))]
[JsonSerializable(typeof(ReceiverTestRequest))]
[JsonSerializable(typeof(ReceiverTestResult))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext;
