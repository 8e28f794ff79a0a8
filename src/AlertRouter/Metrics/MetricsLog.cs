namespace AlertRouter.Metrics;

internal static partial class MetricsLog
{
    [LoggerMessage(9001, LogLevel.Warning, "Instrument {Instrument} on meter AlertRouter is not exported: {Reason}")]
    public static partial void InstrumentSkipped(this ILogger logger, string instrument, string reason);

    [LoggerMessage(9002, LogLevel.Warning, "Metric {Metric} dropped a series: {Reason}. Later rejected series of this metric are not logged")]
    public static partial void SeriesRejected(this ILogger logger, string metric, string reason);

    [LoggerMessage(9003, LogLevel.Warning, "An observable instrument's callback failed during a scrape; its series are missing until it succeeds")]
    public static partial void ObservationFailed(this ILogger logger, Exception exception);

    [LoggerMessage(9004, LogLevel.Information, "Prometheus exporter started with {Families} metric families; build {Version}, replica {Replica}")]
    public static partial void ExporterStarted(this ILogger logger, int families, string version, string replica);
}
