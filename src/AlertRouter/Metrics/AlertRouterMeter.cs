namespace AlertRouter.Metrics;

/// <summary>
/// What a stage needs to declare instruments that <see cref="PrometheusExporter"/> exports: the meter name, to be created
/// with the host's <c>IMeterFactory</c> (<c>meterFactory.Create(AlertRouterMeter.Name)</c>), and the default buckets.
/// </summary>
public static class AlertRouterMeter
{
    public const string Name = "AlertRouter";

    /// <summary>
    /// Buckets used when a histogram gives no <c>InstrumentAdvice.HistogramBucketBoundaries</c>: Prometheus client
    /// defaults, which suit latencies measured in seconds.
    /// </summary>
    public static IReadOnlyList<double> DefaultBuckets { get; } = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
}
