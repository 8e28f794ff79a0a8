using AlertRouter.Store;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Group membership on the shared database. Two paths race: intake adds an alert to a group while a flush or a
/// delivery completion removes delivered resolved alerts and drops the group once it is empty. The group row is
/// the referee: intake holds it FOR KEY SHARE while it adds members, the delete paths take it FOR UPDATE before they
/// look at the members, so a member is never added to a group that is being dropped (intake then re-creates the
/// group with a fresh timer, as Alertmanager starts a new aggregation group after one was destroyed).
/// </summary>
internal static class PostgresMembership
{
    public static async Task JoinAsync(PgTx tx, IReadOnlyList<MembershipJoin> joins, CancellationToken ct)
    {
        if (joins.Count == 0)
        {
            return;
        }

        // The first occurrence of a group decides its first timer (as the first alert creates the group); ids in
        // order so concurrent intakes lock groups in the same order.
        var groups = joins.GroupBy(j => j.Group.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(j => j.Group.Id, StringComparer.Ordinal).ToList();
        for (var round = 0; groups.Count > 0; round++)
        {
            if (round == 10)
            {
                throw new InvalidOperationException("groups kept disappearing while alerts joined them");
            }

            await tx.ExecuteAsync("""
                INSERT INTO groups(id, route_id, group_key, receiver, group_labels, created_at, next_flush_at)
                SELECT * FROM unnest(@id::text[], @route::text[], @key::text[], @receiver::text[], @labels::text[], @now::bigint[], @next::bigint[])
                ON CONFLICT (id) DO NOTHING
                """, ct,
                ("id", groups.Select(j => j.Group.Id).ToArray()),
                ("route", groups.Select(j => j.Group.RouteId).ToArray()),
                ("key", groups.Select(j => j.Group.GroupKey).ToArray()),
                ("receiver", groups.Select(j => j.Group.Receiver).ToArray()),
                ("labels", groups.Select(j => LabelJson.Write(j.Group.GroupLabels)).ToArray()),
                ("now", groups.Select(j => j.Now.UtcTicks).ToArray()),
                ("next", groups.Select(j => j.FirstFlush.UtcTicks).ToArray()));

            // A group dropped by a transaction that held it FOR UPDATE is gone once the lock is granted: create it again.
            var locked = (await tx.ListAsync("SELECT id FROM groups WHERE id = ANY(@id) ORDER BY id FOR KEY SHARE", r => r.GetString(0), ct,
                ("id", groups.Select(j => j.Group.Id).ToArray()))).ToHashSet(StringComparer.Ordinal);
            groups.RemoveAll(j => locked.Contains(j.Group.Id));
        }

        var members = joins.Select(j => (j.Group.Id, j.Fingerprint)).Distinct().ToList();
        await tx.ExecuteAsync("""
            INSERT INTO group_alerts(group_id, fingerprint) SELECT * FROM unnest(@g::text[], @f::text[]) ON CONFLICT DO NOTHING
            """, ct, ("g", members.Select(m => m.Id).ToArray()), ("f", members.Select(m => m.Fingerprint).ToArray()));
    }

    /// <summary>Locks a group against concurrent joins before its members are judged; false when it no longer exists.</summary>
    public static async Task<bool> LockAsync(PgTx tx, string groupId, CancellationToken ct) =>
        await tx.ScalarAsync("SELECT 1 FROM groups WHERE id = @g FOR UPDATE", ct, ("g", groupId)) is not null;

    /// <summary>
    /// For groups with nothing outstanding in the queue: removes the given resolved alerts still at the version seen,
    /// then drops those groups that this emptied. The groups must be locked (FOR UPDATE).
    /// </summary>
    public static async Task RemoveResolvedAsync(PgTx tx, IReadOnlyCollection<string> groupIds,
        IReadOnlyList<(string GroupId, string Fingerprint, long Version)> members, CancellationToken ct)
    {
        if (members.Count > 0)
        {
            await tx.ExecuteAsync("""
                DELETE FROM group_alerts ga USING unnest(@g::text[], @f::text[], @v::bigint[]) AS t(g, f, v)
                WHERE ga.group_id = t.g AND ga.fingerprint = t.f
                  AND EXISTS (SELECT 1 FROM alerts a WHERE a.fingerprint = t.f AND a.version = t.v)
                  AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.group_id = t.g AND n.state IN ('pending', 'failed', 'sending'))
                """, ct, ("g", members.Select(m => m.GroupId).ToArray()), ("f", members.Select(m => m.Fingerprint).ToArray()),
                ("v", members.Select(m => m.Version).ToArray()));
        }

        await tx.ExecuteAsync("""
            DELETE FROM groups g WHERE g.id = ANY(@g) AND NOT EXISTS (SELECT 1 FROM group_alerts ga WHERE ga.group_id = g.id)
              AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.group_id = g.id AND n.state IN ('pending', 'failed', 'sending'))
            """, ct, ("g", groupIds.ToArray()));
    }
}
