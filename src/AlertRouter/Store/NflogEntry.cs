namespace AlertRouter.Store;

/// <summary>
/// What was last delivered for one (group key, receiver, integration): the firing and resolved alert sets and when.
/// Alertmanager compares label hashes only; AlertRouter uses the fingerprint (FNV-1a of the labels), which carries
/// the same identity.
/// </summary>
public sealed record NflogEntry(
    IReadOnlySet<string> Firing,
    IReadOnlySet<string> Resolved,
    DateTimeOffset SentAt)
{
    public IReadOnlyDictionary<string, string> ReceiverData { get; init; } = new Dictionary<string, string>();
}
