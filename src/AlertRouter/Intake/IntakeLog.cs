namespace AlertRouter.Intake;

internal static partial class IntakeLog
{
    [LoggerMessage(1001, LogLevel.Debug, "Accepted webhook {ReceiptId} with {Alerts} alert(s) for {GroupKey}")]
    public static partial void Accepted(this ILogger logger, string receiptId, int alerts, string? groupKey);

    [LoggerMessage(1002, LogLevel.Debug, "Duplicate webhook for {GroupKey}, recorded earlier as {ReceiptId}")]
    public static partial void Duplicate(this ILogger logger, string receiptId, string? groupKey);

    [LoggerMessage(1003, LogLevel.Warning, "Rejected webhook with {Status}: {Detail}")]
    public static partial void Rejected(this ILogger logger, int status, string detail);

    [LoggerMessage(1004, LogLevel.Error, "Store unavailable; answering 503 so Alertmanager retries")]
    public static partial void StoreUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(1005, LogLevel.Debug, "Sender fingerprint {Sent} differs from computed {Computed}; using computed")]
    public static partial void FingerprintMismatch(this ILogger logger, string sent, string computed);
}
