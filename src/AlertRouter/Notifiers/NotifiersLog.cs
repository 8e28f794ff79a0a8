namespace AlertRouter.Notifiers;

/// <summary>Notifier log events (7xxx). Messages carry only redacted text: never a URL, key, token or password.</summary>
internal static partial class NotifiersLog
{
    [LoggerMessage(7001, LogLevel.Warning, "Template for {Integration} field {Field} failed ({ErrorType}: {Error}); the default content was used")]
    public static partial void TemplateRenderFailed(this ILogger logger, string integration, string field, string errorType, string error);

    [LoggerMessage(7002, LogLevel.Debug, "{Integration} notification for receiver {Receiver}: {Outcome} (status {StatusCode}) {Error}")]
    public static partial void NotificationAttempted(this ILogger logger, string integration, string receiver, string outcome, int? statusCode, string? error);

    [LoggerMessage(7003, LogLevel.Warning, "{Integration} notifier failed unexpectedly for receiver {Receiver}: {Error}")]
    public static partial void NotifierCrashed(this ILogger logger, string integration, string receiver, string error);
}
