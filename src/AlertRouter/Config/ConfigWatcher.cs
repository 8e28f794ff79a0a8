using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace AlertRouter.Config;

/// <summary>
/// Loads the config at startup (an invalid config stops the host from starting) and then reloads it on file changes
/// (debounced) and on SIGHUP. Changes under a <c>prometheus</c> directory and to non-YAML files are ignored.
/// </summary>
internal sealed class ConfigWatcher(
    FileRouterConfigProvider provider,
    IOptions<RouterConfigOptions> options,
    TimeProvider time,
    ILogger<ConfigWatcher> logger) : IHostedService, IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _debounce;
    private PosixSignalRegistration? _sighup;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        provider.LoadFirst();
        _debounce = time.CreateTimer(_ => Reload("file"), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var path in provider.Paths)
        {
            Watch(path);
        }

        if (!OperatingSystem.IsWindows())
        {
            _sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                Reload("signal");
            });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _sighup?.Dispose();
        _sighup = null;
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
        _debounce?.Dispose();
    }

    private void Watch(string path)
    {
        try
        {
            var isDirectory = Directory.Exists(path);
            var directory = isDirectory ? path : Path.GetDirectoryName(path);
            if (directory is null || !Directory.Exists(directory))
            {
                return;
            }

            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = isDirectory,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            if (!isDirectory)
            {
                watcher.Filter = Path.GetFileName(path);
            }

            watcher.Changed += (_, e) => OnChange(directory, e.FullPath);
            watcher.Created += (_, e) => OnChange(directory, e.FullPath);
            watcher.Deleted += (_, e) => OnChange(directory, e.FullPath);
            watcher.Renamed += (_, e) => OnChange(directory, e.FullPath, e.OldFullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            logger.WatchFailed(path, e);
        }
    }

    private void OnChange(string root, params string[] paths)
    {
        if (paths.Any(p => IsRelevant(Path.GetRelativePath(root, p))))
        {
            _debounce?.Change(options.Value.ConfigReloadDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private static bool IsRelevant(string relativePath)
    {
        var path = relativePath;
        var parts = path.Split(Path.DirectorySeparatorChar);
        if (parts.Contains(ConfigFileSet.IgnoredDirectoryName))
        {
            return false;
        }

        // A directory event (no extension) may bring or take YAML files with it.
        var extension = Path.GetExtension(path);
        return extension is ".yml" or ".yaml" or "";
    }

    private void Reload(string trigger)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _ = provider.ReloadAsync(trigger, _stopping.Token).ContinueWith(
            static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
