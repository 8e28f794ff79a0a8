using System.Diagnostics.Metrics;

namespace AlertRouter.Config;

/// <summary>
/// Reload metrics on the "AlertRouter" meter, named as Prometheus series (Alertmanager's, with our prefix):
/// <c>alertrouter_config_last_reload_successful</c>, <c>alertrouter_config_last_reload_success_timestamp_seconds</c>,
/// <c>alertrouter_config_hash</c> and <c>alertrouter_config_reloads_total{outcome}</c>.
/// </summary>
internal sealed class ConfigMetrics
{
    public const string MeterName = "AlertRouter";

    private readonly Counter<long> _reloads;
    private volatile int _lastSuccessful;
    private double _lastSuccessSeconds;
    private double _hash;

    public ConfigMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("alertrouter_config_last_reload_successful", () => _lastSuccessful,
            description: "Whether the last configuration reload attempt was successful.");
        meter.CreateObservableGauge("alertrouter_config_last_reload_success_timestamp_seconds", () => Volatile.Read(ref _lastSuccessSeconds),
            unit: "s", description: "Timestamp of the last successful configuration reload.");
        meter.CreateObservableGauge("alertrouter_config_hash", () => Volatile.Read(ref _hash),
            description: "Hash of the currently loaded configuration (the first 48 bits of its SHA-256).");
        _reloads = meter.CreateCounter<long>("alertrouter_config_reloads_total",
            description: "Configuration reload attempts by outcome (success or failure).");
        _reloads.Add(0, new KeyValuePair<string, object?>("outcome", "success"));
        _reloads.Add(0, new KeyValuePair<string, object?>("outcome", "failure"));
    }

    public void Succeeded(RouterConfig config, DateTimeOffset at)
    {
        _lastSuccessful = 1;
        Volatile.Write(ref _lastSuccessSeconds, at.ToUnixTimeMilliseconds() / 1000.0);
        Volatile.Write(ref _hash, HashValue(config.Hash));
        _reloads.Add(1, new KeyValuePair<string, object?>("outcome", "success"));
    }

    public void Failed()
    {
        _lastSuccessful = 0;
        _reloads.Add(1, new KeyValuePair<string, object?>("outcome", "failure"));
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
