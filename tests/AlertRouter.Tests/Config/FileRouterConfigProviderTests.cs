using AlertRouter.Config;
using AlertRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Prometheus;

namespace AlertRouter.Tests.Config;

public sealed class FileRouterConfigProviderTests
{
    private const string Good = "route:\n  receiver: a\nreceivers: [{name: a}, {name: b}]\n";

    private readonly string _dir = Tools.TempDir("provider");
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly FileRouterConfigProvider _provider;

    public FileRouterConfigProviderTests()
    {
        File.WriteAllText(Path.Combine(_dir, "am.yml"), Good);
        var options = Options.Create(new RouterConfigOptions { ConfigPaths = _dir });
        _provider = new FileRouterConfigProvider(options, TestConfigs.Loader(), new ConfigMetrics(_registry),
            new ManualTimeProvider(), NullLogger<FileRouterConfigProvider>.Instance);
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
        Assert.Equal(0, await ObserveAsync("alertrouter_config_last_reload_successful"));
        Assert.Equal(1, await ObserveAsync("alertrouter_config_reloads_total", ("outcome", "failure")));
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
        Assert.Equal(1, await ObserveAsync("alertrouter_config_last_reload_successful"));
        Assert.Equal(ConfigMetrics.HashValue(_provider.Current.Hash), await ObserveAsync("alertrouter_config_hash"));
        Assert.Equal(2, await ObserveAsync("alertrouter_config_reloads_total", ("outcome", "success")));
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
    public async Task Current_InvalidFirstConfig_ThrowsWithEveryError()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "am.yml"), "route:\n  receiver: nope\n  foo: 1\n");

        var error = Assert.Throws<ConfigException>(() => _provider.Current);

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(0, await ObserveAsync("alertrouter_config_last_reload_successful"));
    }

    [Fact]
    public void HashValue_UsesTheFirst48Bits()
    {
        Assert.Equal(0xABCDEF012345, ConfigMetrics.HashValue("abcdef0123456789"));
    }

    private async Task<double> ObserveAsync(string name, params (string Name, string Value)[] labels) =>
        (await MetricsScrape.CollectAsync(_registry)).Value(name, labels) ?? double.NaN;
}
