namespace AlertRouter.Notifiers;

/// <summary>Notifier log events (7xxx). Messages carry only redacted text: never a URL, key, token or password.</summary>
internal static partial class NotifiersLog
{
    [LoggerMessage(7001, LogLevel.Warning, "{Integration} notification for receiver {Receiver} not sent: the template of field {Field} failed: {Error}")]
    public static partial void TemplateRenderFailed(this ILogger logger, string integration, string receiver, string field, string error);

    [LoggerMessage(7002, LogLevel.Debug, "{Integration} notification for receiver {Receiver}: {Outcome} (status {StatusCode}) {Error}")]
    public static partial void NotificationAttempted(this ILogger logger, string integration, string receiver, string outcome, int? statusCode, string? error);

    [LoggerMessage(7003, LogLevel.Warning, "{Integration} notifier failed unexpectedly for receiver {Receiver}: {Error}")]
    public static partial void NotifierCrashed(this ILogger logger, string integration, string receiver, string error);
}
