using System.Collections.Concurrent;

namespace AlertRouter.Storage.Sqlite;

/// <summary>
/// Group leases for the SQLite store, held in memory: one SQLite file serves one process, so a lease needs no disk
/// write (PostgreSQL, shared by replicas, persists them). A restarted process starts with none, which is the same
/// as its old leases expiring at once.
/// </summary>
internal sealed class GroupLeases
{
    private readonly ConcurrentDictionary<string, (string Owner, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);

    public bool IsHeldByOther(string groupId, string owner, DateTimeOffset now) =>
        _leases.TryGetValue(groupId, out var lease) && lease.Owner != owner && lease.Until > now;

    public void Take(string groupId, string owner, DateTimeOffset until) => _leases[groupId] = (owner, until);

    public bool IsHeldBy(string groupId, string owner) => _leases.TryGetValue(groupId, out var lease) && lease.Owner == owner;

    public void Release(string groupId, string owner)
    {
        if (_leases.TryGetValue(groupId, out var lease) && lease.Owner == owner)
        {
            _leases.TryRemove(KeyValuePair.Create(groupId, lease));
        }
    }
}
