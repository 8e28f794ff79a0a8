using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>An alert as stored: the alert, when it last changed and was last received, and a version that grows on change.</summary>
public sealed record StoredAlert(Alert Alert, DateTimeOffset UpdatedAt, DateTimeOffset LastSeenAt, long Version)
{
    public Fingerprint Fingerprint => Alert.Fingerprint;
}
