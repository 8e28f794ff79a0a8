using AlertRouter.Metrics;

namespace AlertRouter.Tests.Metrics;

public class MetricNameRulesTests
{
    [Theory]
    [InlineData("alertrouter_webhooks_received_total", "Counter")]
    [InlineData("process_cpu_seconds_total", "Counter")]
    [InlineData("alertrouter_notification_latency_seconds", "Histogram")]
    [InlineData("alertrouter_build_info", "Gauge")]
    [InlineData("alertrouter_queue_depth", "Gauge")]
    [InlineData("alertrouter_request_duration_seconds_count", "Histogram")]
    [InlineData("_private_gauge2", "Histogram")]
    [InlineData("counter_resets_total", "Counter")]
    public void CheckMetricName_LintCleanName_Accepted(string name, string type)
    {
        Assert.Null(MetricNameRules.CheckMetricName(name, Enum.Parse<MetricType>(type)));
    }

    [Theory]
    [InlineData("", "Gauge", "snake_case")]
    [InlineData("9lives", "Gauge", "snake_case")]
    [InlineData("alertrouter.webhooks", "Gauge", "snake_case")]
    [InlineData("alertrouter-webhooks", "Gauge", "snake_case")]
    [InlineData("alertRouter_webhooks", "Gauge", "snake_case")]
    [InlineData("alertrouter:webhooks", "Gauge", "snake_case")]
    [InlineData("__reserved", "Gauge", "snake_case")]
    [InlineData("alertrouter_webhooks_received", "Counter", "must end in _total")]
    [InlineData("alertrouter_queue_total", "Gauge", "not a counter")]
    [InlineData("alertrouter_latency_seconds_total", "Histogram", "not a counter")]
    [InlineData("alertrouter_queue_count", "Gauge", "reserved for histograms")]
    [InlineData("alertrouter_queue_sum", "Gauge", "reserved for histograms")]
    [InlineData("alertrouter_queue_bucket", "Gauge", "reserved for histograms")]
    [InlineData("alertrouter_queue_gauge", "Gauge", "metric type 'gauge'")]
    [InlineData("alertrouter_counter_resets_total", "Counter", "metric type 'counter'")]
    [InlineData("alertrouter_latency_histogram", "Histogram", "metric type 'histogram'")]
    [InlineData("alertrouter_latency_ms", "Histogram", "abbreviated unit 'ms'")]
    [InlineData("alertrouter_age_s", "Gauge", "abbreviated unit 's'")]
    [InlineData("alertrouter_payload_kb_total", "Counter", "abbreviated unit 'kb'")]
    [InlineData("alertrouter_latency_milliseconds", "Histogram", "base unit 'seconds'")]
    [InlineData("alertrouter_uptime_hours", "Gauge", "base unit 'seconds'")]
    [InlineData("alertrouter_payload_kilobytes_total", "Counter", "base unit 'bytes'")]
    public void CheckMetricName_NameThatPromtoolWouldFlag_Rejected(string name, string type, string reason)
    {
        var problem = MetricNameRules.CheckMetricName(name, Enum.Parse<MetricType>(type));

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("integration")]
    [InlineData("reason")]
    [InlineData("_x1")]
    public void CheckLabelName_SnakeCase_Accepted(string name)
    {
        Assert.Null(MetricNameRules.CheckLabelName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Integration")]
    [InlineData("receiverName")]
    [InlineData("http.status")]
    [InlineData("__name__")]
    [InlineData("1st")]
    [InlineData("le")]
    [InlineData("quantile")]
    public void CheckLabelName_InvalidOrReserved_Rejected(string name)
    {
        Assert.NotNull(MetricNameRules.CheckLabelName(name));
    }
}
