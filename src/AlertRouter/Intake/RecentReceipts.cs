using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AlertRouter.Intake;

/// <summary>
/// Content hashes this process has already committed, with their receipt, for the dedup window. A redelivery found
/// here is answered without a store round trip; it is safe because a hash enters only after its commit. Other
/// replicas' commits are still caught by the store's own receipt check.
/// </summary>
internal sealed class RecentReceipts(IOptions<IntakeOptions> options, TimeProvider time)
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<string, (string ReceiptId, DateTimeOffset At)> _seen = new(StringComparer.Ordinal);

    public bool TryGet(string contentHash, out string receiptId)
    {
        if (_seen.TryGetValue(contentHash, out var entry) && time.GetUtcNow() - entry.At < options.Value.DedupWindow)
        {
            receiptId = entry.ReceiptId;
            return true;
        }

        receiptId = "";
        return false;
    }

    public void Add(string contentHash, string receiptId)
    {
        if (_seen.Count >= Capacity)
        {
            Evict();
        }

        _seen[contentHash] = (receiptId, time.GetUtcNow());
    }

    private void Evict()
    {
        var cutoff = time.GetUtcNow() - options.Value.DedupWindow;
        foreach (var (hash, entry) in _seen)
        {
            if (entry.At < cutoff || _seen.Count >= Capacity)
            {
                _seen.TryRemove(hash, out _);
            }
        }
    }
}
