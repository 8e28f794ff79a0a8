using AlertRouter.Core;

namespace AlertRouter.Grouping;

/// <summary>Wakes the dispatcher (new groups may be due at once).</summary>
public sealed class DispatcherWakeup
{
    public Wakeup Signal { get; } = new();
}
