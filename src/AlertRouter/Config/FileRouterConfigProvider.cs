using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AlertRouter.Config;

/// <summary>
/// Loads the route files under <c>AlertRouter:ConfigPaths</c> and keeps the last good config serving. Reloads are
/// serialized; triggers are file changes (<see cref="ConfigWatcher"/>), SIGHUP and <c>POST /-/reload</c>.
/// </summary>
internal sealed class FileRouterConfigProvider(
    IOptions<RouterConfigOptions> options,
    ConfigLoader loader,
    ConfigMetrics metrics,
    TimeProvider time,
    ILogger<FileRouterConfigProvider> logger) : IRouterConfigProvider
{
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly object _subscribersGate = new();
    private readonly object _firstLoadGate = new();
    private ImmutableSubscribers _subscribers = ImmutableSubscribers.Empty;
    private RouterConfig? _current;
    private ConfigReloadStatus _status = ConfigReloadStatus.Initial;

    public RouterConfig Current => Volatile.Read(ref _current) ?? LoadFirst();

    public ConfigReloadStatus Status => Volatile.Read(ref _status);

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public IReadOnlyList<string> Paths => options.Value.ResolvedPaths();

    public IChangeToken GetChangeToken() => Current.ChangeToken;

    public IDisposable Subscribe(Action<RouterConfig> onReloaded)
    {
        lock (_subscribersGate)
        {
            _subscribers = _subscribers.Add(onReloaded);
        }

        return new Unsubscriber(() =>
        {
            lock (_subscribersGate)
            {
                _subscribers = _subscribers.Remove(onReloaded);
            }
        });
    }

    public async Task<ConfigReloadResult> ReloadAsync(string trigger, CancellationToken ct)
    {
        await _reloadGate.WaitAsync(ct);
        try
        {
            var result = await Task.Run(() => loader.Load(Paths), ct);
            return Apply(result, trigger);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    /// <summary>The startup load: throws <see cref="ConfigException"/> with every error when the config is invalid.</summary>
    public RouterConfig LoadFirst()
    {
        lock (_firstLoadGate)
        {
            if (Volatile.Read(ref _current) is { } loaded)
            {
                return loaded;
            }

            var result = loader.Load(Paths);
            if (result.Config is null)
            {
                logger.FirstLoadFailed(result.Errors.Count);
            }

            var applied = Apply(result, "startup");
            return applied.Config ?? throw new ConfigException(result.Errors);
        }
    }

    private ConfigReloadResult Apply(ConfigLoadResult result, string trigger)
    {
        var now = time.GetUtcNow();
        var previous = Volatile.Read(ref _current);
        if (result.Config is not { } next)
        {
            foreach (var error in result.Errors)
            {
                logger.Error(error.ToString());
            }

            if (previous is not null)
            {
                logger.ReloadFailed(trigger, result.Errors.Count, previous.Hash);
            }

            Volatile.Write(ref _status, Status with { LastAttemptAt = now, LastSucceeded = false, LastTrigger = trigger, Errors = result.Errors });
            metrics.Failed();
            return new ConfigReloadResult(false, false, previous, result.Errors);
        }

        Volatile.Write(ref _status, new ConfigReloadStatus(now, true, now, trigger, []));
        if (previous is not null && previous.Hash == next.Hash)
        {
            logger.Unchanged(trigger);
            metrics.Succeeded(previous, now);
            return new ConfigReloadResult(true, false, previous, []);
        }

        foreach (var warning in next.Warnings)
        {
            logger.Warning(warning.ToString());
        }

        Interlocked.Exchange(ref _current, next);
        previous?.SignalChanged();
        metrics.Succeeded(next, now);
        logger.Loaded(next.Hash, next.Sources.Count, trigger);
        foreach (var subscriber in Volatile.Read(ref _subscribers).Items)
        {
            try
            {
                subscriber(next);
            }
            catch (Exception e)
            {
                logger.SubscriberFailed(e);
            }
        }

        return new ConfigReloadResult(true, true, next, []);
    }

    private sealed record ImmutableSubscribers(IReadOnlyList<Action<RouterConfig>> Items)
    {
        public static readonly ImmutableSubscribers Empty = new([]);

        public ImmutableSubscribers Add(Action<RouterConfig> item) => new([.. Items, item]);

        public ImmutableSubscribers Remove(Action<RouterConfig> item) => new(Items.Where(i => i != item).ToList());
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
