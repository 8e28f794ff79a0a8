using System.Text.Json.Serialization;

namespace AlertRouter.Ui;

/// <summary>Answer of <c>GET /api/v1/status</c>: what the overview page shows, in one request.</summary>
internal sealed record StatusView(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("replica")] string Replica,
    [property: JsonPropertyName("now")] DateTimeOffset Now,
    [property: JsonPropertyName("uptimeSeconds")] double UptimeSeconds,
    [property: JsonPropertyName("adminTokenRequired")] bool AdminTokenRequired,
    [property: JsonPropertyName("health")] HealthSummaryView Health,
    [property: JsonPropertyName("alerts")] AlertCountsView Alerts,
    [property: JsonPropertyName("groups")] GroupCountsView Groups,
    [property: JsonPropertyName("queue")] QueueView Queue,
    [property: JsonPropertyName("config")] ConfigStatusView Config,
    [property: JsonPropertyName("receivers")] IReadOnlyList<ReceiverStatusView> Receivers);

internal sealed record HealthSummaryView(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("issues")] IReadOnlyList<string> Issues);

/// <param name="Suppressed">Firing alerts that are inhibited or muted by a time interval (on every route they take).</param>
internal sealed record AlertCountsView(
    [property: JsonPropertyName("firing")] int Firing,
    [property: JsonPropertyName("suppressed")] int Suppressed,
    [property: JsonPropertyName("inhibited")] int Inhibited,
    [property: JsonPropertyName("muted")] int Muted,
    [property: JsonPropertyName("resolved")] int Resolved);

internal sealed record GroupCountsView(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("nextFlushAt")] DateTimeOffset? NextFlushAt);

internal sealed record QueueView(
    [property: JsonPropertyName("depth")] int Depth,
    [property: JsonPropertyName("deadLetters")] int DeadLetters,
    [property: JsonPropertyName("oldestAgeSeconds")] double OldestAgeSeconds);

internal sealed record ConfigStatusView(
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("loadedAt")] DateTimeOffset LoadedAt,
    [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings,
    [property: JsonPropertyName("receivers")] int Receivers,
    [property: JsonPropertyName("routes")] int Routes,
    [property: JsonPropertyName("inhibitRules")] int InhibitRules,
    [property: JsonPropertyName("lastReload")] ReloadStatusView LastReload);

internal sealed record ReloadStatusView(
    [property: JsonPropertyName("attemptAt")] DateTimeOffset? AttemptAt,
    [property: JsonPropertyName("succeeded")] bool Succeeded,
    [property: JsonPropertyName("successAt")] DateTimeOffset? SuccessAt,
    [property: JsonPropertyName("trigger")] string? Trigger,
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors);

internal sealed record ReceiverStatusView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("health")] string Health,
    [property: JsonPropertyName("integrations")] IReadOnlyList<IntegrationStatusView> Integrations);

/// <param name="Health">
/// <c>unconfigured</c> (unset environment variables), <c>circuit_open</c>, <c>failing</c> (the latest attempt failed),
/// <c>dead_letters</c>, <c>ok</c> (the latest attempt succeeded) or <c>idle</c> (nothing sent by this replica yet).
/// </param>
internal sealed record IntegrationStatusView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("health")] string Health,
    [property: JsonPropertyName("circuit")] string Circuit,
    [property: JsonPropertyName("queued")] int Queued,
    [property: JsonPropertyName("deadLetters")] int DeadLetters,
    [property: JsonPropertyName("lastSuccess")] DateTimeOffset? LastSuccess,
    [property: JsonPropertyName("lastFailure")] DateTimeOffset? LastFailure,
    [property: JsonPropertyName("lastError")] string? LastError);
