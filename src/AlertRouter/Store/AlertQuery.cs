using AlertRouter.Model;

namespace AlertRouter.Store;

/// <param name="Status">Only alerts with this status at <paramref name="Now"/>; null for all.</param>
/// <param name="Now">The time status is judged at.</param>
/// <param name="Limit">At most this many, newest change first.</param>
public sealed record AlertQuery(AlertStatus? Status, DateTimeOffset Now, int Limit = 10_000);
