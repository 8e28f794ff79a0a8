namespace AlertRouter.Grouping;

internal static partial class DispatcherLog
{
    [LoggerMessage(4001, LogLevel.Debug, "Flushed {Groups} group(s), queued {Notifications} notification(s) in {Milliseconds} ms")]
    public static partial void Flushed(this ILogger logger, int groups, int notifications, double milliseconds);

    [LoggerMessage(4002, LogLevel.Error, "Dispatcher batch failed; retrying")]
    public static partial void BatchFailed(this ILogger logger, Exception exception);

    [LoggerMessage(4003, LogLevel.Information, "Rerouted alerts after config reload {Hash}")]
    public static partial void Rerouted(this ILogger logger, string hash);

    [LoggerMessage(4004, LogLevel.Error, "Rerouting after config reload {Hash} failed")]
    public static partial void RerouteFailed(this ILogger logger, string hash, Exception exception);
}
