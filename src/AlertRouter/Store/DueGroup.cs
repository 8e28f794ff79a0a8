using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// A group whose timer fired, leased to this replica, with the alerts it holds (fingerprint and version) and the
/// integrations that still have a notification waiting in the queue.
/// </summary>
public sealed record DueGroup(
    string Id,
    string RouteId,
    string GroupKey,
    string Receiver,
    LabelSet GroupLabels,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextFlushAt,
    IReadOnlyList<MemberRef> Members)
{
    public IReadOnlySet<string> PendingIntegrations { get; init; } = new HashSet<string>();
}

/// <summary>An alert in a group, and (when known) the alert version it was seen at.</summary>
public readonly record struct MemberRef(string Fingerprint, long Version);
