using System.Diagnostics.Metrics;
using AlertRouter.Config;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Config;

public sealed class FileRouterConfigProviderTests : IDisposable
{
    private const string Good = "route:\n  receiver: a\nreceivers: [{name: a}, {name: b}]\n";

    private readonly string _dir = Tools.TempDir("provider");
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, double> _measurements = new(StringComparer.Ordinal);
    private readonly FileRouterConfigProvider _provider;

    public FileRouterConfigProviderTests()
    {
        File.WriteAllText(Path.Combine(_dir, "am.yml"), Good);
        var options = Options.Create(new RouterConfigOptions { ConfigPaths = _dir });
        _provider = new FileRouterConfigProvider(options, TestConfigs.Loader(), new ConfigMetrics(_services.GetRequiredService<IMeterFactory>()),
            new ManualTimeProvider(), NullLogger<FileRouterConfigProvider>.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ConfigMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    [Fact]
    public async Task ReloadAsync_BadEdit_KeepsPreviousConfigAndReportsEveryError()
    {
        var first = _provider.Current;
        await File.WriteAllTextAsync(Path.Combine(_dir, "am.yml"), "route:\n  receiver: nope\n  foo: 1\nreceivers: [{name: a}]\n");

        var result = await _provider.ReloadAsync("test", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors.Count);
        Assert.Same(first, _provider.Current);
        Assert.False(first.ChangeToken.HasChanged);
        Assert.False(_provider.Status.LastSucceeded);
        Assert.Equal(0, Observe("alertrouter_config_last_reload_successful"));
        Assert.Equal(1, Observe("alertrouter_config_reloads_total{outcome=failure}"));
    }

    [Fact]
    public async Task ReloadAsync_GoodEdit_SwapsSnapshotFiresTokenAndNotifiesSubscribers()
    {
        var first = _provider.Current;
        RouterConfig? notified = null;
        using var subscription = _provider.Subscribe(c => notified = c);
        await File.WriteAllTextAsync(Path.Combine(_dir, "am.yml"), Good.Replace("receiver: a", "receiver: b", StringComparison.Ordinal));

        var result = await _provider.ReloadAsync("test", CancellationToken.None);

        Assert.True(result.Changed);
        Assert.True(first.ChangeToken.HasChanged);
        Assert.Equal("b", _provider.Current.Root.Options.Receiver);
        Assert.Same(_provider.Current, notified);
        Assert.Equal(1, Observe("alertrouter_config_last_reload_successful"));
        Assert.Equal(ConfigMetrics.HashValue(_provider.Current.Hash), Observe("alertrouter_config_hash"));
        Assert.Equal(2, Observe("alertrouter_config_reloads_total{outcome=success}"));
    }

    [Fact]
    public async Task ReloadAsync_SameFiles_KeepsSnapshot()
    {
        var first = _provider.Current;

        var result = await _provider.ReloadAsync("test", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.Changed);
        Assert.Same(first, _provider.Current);
    }

    [Fact]
    public void Current_InvalidFirstConfig_ThrowsWithEveryError()
    {
        File.WriteAllText(Path.Combine(_dir, "am.yml"), "route:\n  receiver: nope\n  foo: 1\n");

        var error = Assert.Throws<ConfigException>(() => _provider.Current);

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(0, Observe("alertrouter_config_last_reload_successful"));
    }

    [Fact]
    public void HashValue_UsesTheFirst48Bits()
    {
        Assert.Equal(0xABCDEF012345, ConfigMetrics.HashValue("abcdef0123456789"));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private double Observe(string key)
    {
        _listener.RecordObservableInstruments();
        lock (_measurements)
        {
            return _measurements.TryGetValue(key, out var value) ? value : double.NaN;
        }
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = instrument.Name + (tags.Length == 0 ? "" : "{" + string.Join(',', tags.ToArray().Select(t => $"{t.Key}={t.Value}")) + "}");
        lock (_measurements)
        {
            _measurements[key] = instrument is Counter<long> ? _measurements.GetValueOrDefault(key) + value : value;
        }
    }
}
