using AlertRouter.Core;

namespace AlertRouter.Config;

/// <summary>Config-loading settings under <c>AlertRouter:</c>.</summary>
public sealed class RouterConfigOptions
{
    /// <summary>
    /// <c>AlertRouter:ConfigPaths</c>: files or directories, separated by <c>;</c>, relative to the working directory.
    /// Default <c>routes;rules</c>.
    /// </summary>
    public string ConfigPaths { get; set; } = "routes;rules";

    /// <summary><c>AlertRouter:ConfigReloadDebounce</c>: quiet time after a file change before reloading. Default 300 ms.</summary>
    public TimeSpan ConfigReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);

    public IReadOnlyList<string> ResolvedPaths() =>
        ConfigPaths.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(AlertRouterOptions.ResolvePath).ToList();
}
