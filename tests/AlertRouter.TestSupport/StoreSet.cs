using AlertRouter.Store;

namespace AlertRouter.TestSupport;

/// <summary>The three store facets of one backend, for the shared contract suite.</summary>
public sealed record StoreSet(IAlertStore Alerts, IGroupStore Groups, INotificationStore Notifications, IAsyncDisposable Owner) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owner.DisposeAsync();
}
