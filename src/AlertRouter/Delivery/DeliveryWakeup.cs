using AlertRouter.Core;

namespace AlertRouter.Delivery;

/// <summary>Wakes the delivery worker (new notifications are queued).</summary>
public sealed class DeliveryWakeup
{
    public Wakeup Signal { get; } = new();
}
