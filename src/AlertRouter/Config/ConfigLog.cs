namespace AlertRouter.Config;

/// <summary>Config logging (event ids 2000–2099).</summary>
internal static partial class ConfigLog
{
    [LoggerMessage(2000, LogLevel.Information, "Loaded configuration {Hash} from {FileCount} file(s) ({Trigger})")]
    public static partial void Loaded(this ILogger logger, string hash, int fileCount, string trigger);

    [LoggerMessage(2001, LogLevel.Debug, "Configuration unchanged ({Trigger})")]
    public static partial void Unchanged(this ILogger logger, string trigger);

    [LoggerMessage(2002, LogLevel.Error, "Configuration error: {ConfigError}")]
    public static partial void Error(this ILogger logger, string configError);

    [LoggerMessage(2003, LogLevel.Error, "Configuration reload ({Trigger}) failed with {ErrorCount} error(s); keeping configuration {Hash}")]
    public static partial void ReloadFailed(this ILogger logger, string trigger, int errorCount, string hash);

    [LoggerMessage(2004, LogLevel.Critical, "The configuration does not load ({ErrorCount} error(s)); not starting")]
    public static partial void FirstLoadFailed(this ILogger logger, int errorCount);

    [LoggerMessage(2005, LogLevel.Warning, "Configuration warning: {ConfigWarning}")]
    public static partial void Warning(this ILogger logger, string configWarning);

    [LoggerMessage(2006, LogLevel.Error, "A configuration subscriber failed")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception);

    [LoggerMessage(2007, LogLevel.Warning, "Cannot watch {Path} for changes")]
    public static partial void WatchFailed(this ILogger logger, string path, Exception exception);
}
