namespace AlertRouter.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(6001, LogLevel.Information, "Delivered {Integration} to {Receiver} for {GroupKey} ({Reason})")]
    public static partial void Delivered(this ILogger logger, string receiver, string integration, string groupKey, string reason);

    [LoggerMessage(6002, LogLevel.Warning, "Delivery to {Receiver}/{Integration} for {GroupKey} failed ({FailureReason}): {Error}; retry at {RetryAt}")]
    public static partial void Retrying(this ILogger logger, string receiver, string integration, string groupKey, string failureReason, string? error, DateTimeOffset retryAt);

    [LoggerMessage(6003, LogLevel.Error, "Delivery to {Receiver}/{Integration} for {GroupKey} gave up: {Error}; kept as a dead letter")]
    public static partial void DeadLetter(this ILogger logger, string receiver, string integration, string groupKey, string? error);

    [LoggerMessage(6004, LogLevel.Debug, "Skipped {Receiver}/{Integration} for {GroupKey}: {Why}")]
    public static partial void Skipped(this ILogger logger, string receiver, string integration, string groupKey, string why);

    [LoggerMessage(6005, LogLevel.Error, "Delivery loop failed; retrying")]
    public static partial void LoopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(6006, LogLevel.Warning, "Circuit for {Receiver}/{Integration} is open until {Until}; deliveries wait")]
    public static partial void CircuitOpen(this ILogger logger, string receiver, string integration, DateTimeOffset until);

    [LoggerMessage(6007, LogLevel.Warning, "Lost the lease on {Receiver}/{Integration} for {GroupKey} (this replica stalled past Delivery:LeaseDuration); not sending it, another replica delivers it")]
    public static partial void LeaseLost(this ILogger logger, string receiver, string integration, string groupKey);

    [LoggerMessage(6008, LogLevel.Warning, "Could not record the outcome of {Id} yet ({Reason}); retrying while its lease lasts")]
    public static partial void CompletionRetry(this ILogger logger, string id, string reason);
}
