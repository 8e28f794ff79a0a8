using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

/// <summary>An alert joining a group; <paramref name="FirstFlush"/> is the timer if the join creates the group.</summary>
internal sealed record MembershipJoin(GroupRef Group, string Fingerprint, DateTimeOffset FirstFlush, DateTimeOffset Now);
