using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>A group as the API shows it.</summary>
public sealed record GroupState(
    string Id,
    string RouteId,
    string GroupKey,
    string Receiver,
    LabelSet GroupLabels,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextFlushAt,
    DateTimeOffset LastFlushAt,
    IReadOnlyList<string> Fingerprints);
