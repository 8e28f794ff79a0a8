namespace AlertRouter.Metrics;

internal static partial class MetricsLog
{
    [LoggerMessage(9004, LogLevel.Information, "Prometheus metrics ready; build {Version}, replica {Replica}")]
    public static partial void ExporterStarted(this ILogger logger, string version, string replica);
}
