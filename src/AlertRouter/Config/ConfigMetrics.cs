using Prometheus;

namespace AlertRouter.Config;

/// <summary>
/// Reload metrics, named as Prometheus series (Alertmanager's, with our prefix):
/// <c>alertrouter_config_last_reload_successful</c>, <c>alertrouter_config_last_reload_success_timestamp_seconds</c>,
/// <c>alertrouter_config_hash</c> and <c>alertrouter_config_reloads_total{outcome}</c>.
/// </summary>
internal sealed class ConfigMetrics
{
    private readonly Counter _reloads;
    private readonly Gauge _lastSuccessful;
    private readonly Gauge _lastSuccessSeconds;
    private readonly Gauge _hash;

    public ConfigMetrics(CollectorRegistry registry)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(registry);
        _lastSuccessful = metrics.CreateGauge("alertrouter_config_last_reload_successful",
            "Whether the last configuration reload attempt was successful.");
        _lastSuccessSeconds = metrics.CreateGauge("alertrouter_config_last_reload_success_timestamp_seconds",
            "Timestamp of the last successful configuration reload.");
        _hash = metrics.CreateGauge("alertrouter_config_hash",
            "Hash of the currently loaded configuration (the first 48 bits of its SHA-256).");
        _reloads = metrics.CreateCounter("alertrouter_config_reloads_total",
            "Configuration reload attempts by outcome (success or failure).", "outcome");
        _reloads.WithLabels("success");
        _reloads.WithLabels("failure");
    }

    public void Succeeded(RouterConfig config, DateTimeOffset at)
    {
        _lastSuccessful.Set(1);
        _lastSuccessSeconds.Set(at.ToUnixTimeMilliseconds() / 1000.0);
        _hash.Set(HashValue(config.Hash));
        _reloads.WithLabels("success").Inc();
    }

    public void Failed()
    {
        _lastSuccessful.Set(0);
        _reloads.WithLabels("failure").Inc();
    }

    /// <summary>As Alertmanager's md5HashAsMetricValue: the first six bytes as a number a float64 holds exactly.</summary>
    public static double HashValue(string hexHash)
    {
        ulong value = 0;
        for (var i = 0; i < 12 && i < hexHash.Length; i++)
        {
            value = (value << 4) | Convert.ToUInt64(hexHash[i].ToString(), 16);
        }

        return value;
    }
}
