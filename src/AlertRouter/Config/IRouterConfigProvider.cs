using Microsoft.Extensions.Primitives;

namespace AlertRouter.Config;

/// <summary>
/// The serving config (YARP's snapshot + change token). <see cref="Current"/> is an immutable snapshot; a reload that
/// succeeds swaps in a new one atomically and fires the old one's <see cref="RouterConfig.ChangeToken"/>; a reload
/// that fails keeps the old one. Read <see cref="Current"/> once per unit of work; never cache it.
/// </summary>
public interface IRouterConfigProvider
{
    /// <summary>The serving config. The first access loads it; an invalid first config throws <see cref="ConfigException"/>.</summary>
    RouterConfig Current { get; }

    /// <summary>The latest attempt's outcome (for health and the API).</summary>
    ConfigReloadStatus Status { get; }

    /// <summary>Fires when <see cref="Current"/> is replaced (same as <c>Current.ChangeToken</c>).</summary>
    IChangeToken GetChangeToken();

    /// <summary>Calls <paramref name="onReloaded"/> after every successful swap, with the new snapshot. Dispose to stop.</summary>
    IDisposable Subscribe(Action<RouterConfig> onReloaded);

    /// <summary>Reloads from the configured paths now; <paramref name="trigger"/> names the cause (file, signal, api).</summary>
    Task<ConfigReloadResult> ReloadAsync(string trigger, CancellationToken ct);
}
