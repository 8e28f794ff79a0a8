using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Grouping;

/// <summary>
/// This replica's copy of the alert store, kept current from the store's change feed (versions only grow, so
/// "changed after my cursor" never misses a write). Used by one dispatcher loop at a time; not thread-safe.
/// </summary>
internal sealed class AlertCache(IGroupStore store)
{
    private const int PageSize = 10_000;
    private readonly Dictionary<string, StoredAlert> _alerts = new(StringComparer.Ordinal);
    private long _cursor;

    public int Count => _alerts.Count;

    public async Task RefreshAsync(CancellationToken ct)
    {
        while (true)
        {
            var (changes, cursor) = await store.ReadChangesAsync(_cursor, PageSize, ct);
            foreach (var alert in changes)
            {
                _alerts[alert.Fingerprint.ToString()] = alert;
            }

            _cursor = cursor;
            if (changes.Count < PageSize)
            {
                return;
            }
        }
    }

    public StoredAlert? Get(string fingerprint) => _alerts.GetValueOrDefault(fingerprint);

    public IEnumerable<Alert> Unresolved(DateTimeOffset now) => _alerts.Values.Select(a => a.Alert).Where(a => !a.IsResolvedAt(now));

    /// <summary>Forgets alerts resolved before <paramref name="cutoff"/>, as the store's retention deletes them.</summary>
    public void Prune(DateTimeOffset cutoff)
    {
        foreach (var (fingerprint, stored) in _alerts)
        {
            if (stored.Alert.IsResolvedAt(cutoff))
            {
                _alerts.Remove(fingerprint);
            }
        }
    }
}
