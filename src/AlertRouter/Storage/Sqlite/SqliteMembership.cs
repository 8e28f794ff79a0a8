using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Storage.Sqlite;

/// <summary>Adds an alert to its aggregation groups, creating a group (and its first timer) when the alert is the first.</summary>
internal static class SqliteMembership
{
    public static void Join(SqliteWriteContext context, Alert alert, IReadOnlyList<GroupRef> groups, DateTimeOffset now)
    {
        foreach (var group in groups)
        {
            // Alertmanager (HEAD): the first flush is at group_wait, or at once when the alert creating the group is
            // already older than group_wait. An existing group keeps its timer.
            var firstFlush = alert.StartsAt + group.GroupWait < now ? now : now + group.GroupWait;
            var create = context.Command("""
                INSERT INTO groups(id, route_id, group_key, receiver, group_labels, created_at, next_flush_at)
                VALUES ($id, $route, $key, $receiver, $labels, $now, $next) ON CONFLICT(id) DO NOTHING
                """);
            create.Parameters.AddWithValue("$id", group.Id);
            create.Parameters.AddWithValue("$route", group.RouteId);
            create.Parameters.AddWithValue("$key", group.GroupKey);
            create.Parameters.AddWithValue("$receiver", group.Receiver);
            create.Parameters.AddWithValue("$labels", LabelJson.Write(group.GroupLabels));
            create.Parameters.AddWithValue("$now", now.UtcTicks);
            create.Parameters.AddWithValue("$next", firstFlush.UtcTicks);
            create.ExecuteNonQuery();

            var join = context.Command("INSERT INTO group_alerts(group_id, fingerprint) VALUES ($g, $f) ON CONFLICT DO NOTHING");
            join.Parameters.AddWithValue("$g", group.Id);
            join.Parameters.AddWithValue("$f", alert.Fingerprint.ToString());
            join.ExecuteNonQuery();
        }
    }

    /// <summary>Removes resolved alerts still at the version seen, then the group itself if that emptied it.</summary>
    public static void RemoveResolved(SqliteWriteContext context, string groupId, IEnumerable<MemberRef> members)
    {
        foreach (var member in members)
        {
            var remove = context.Command("""
                DELETE FROM group_alerts WHERE group_id = $g AND fingerprint = $f
                  AND EXISTS (SELECT 1 FROM alerts WHERE fingerprint = $f AND version = $v)
                """);
            remove.Parameters.AddWithValue("$g", groupId);
            remove.Parameters.AddWithValue("$f", member.Fingerprint);
            remove.Parameters.AddWithValue("$v", member.Version);
            remove.ExecuteNonQuery();
        }

        var drop = context.Command("DELETE FROM groups WHERE id = $g AND NOT EXISTS (SELECT 1 FROM group_alerts WHERE group_id = $g)");
        drop.Parameters.AddWithValue("$g", groupId);
        drop.ExecuteNonQuery();
    }

    public static bool HasOutstanding(SqliteWriteContext context, string groupId)
    {
        var outstanding = context.Command("SELECT 1 FROM notifications WHERE group_id = $g AND state IN ('pending', 'failed', 'sending') LIMIT 1");
        outstanding.Parameters.AddWithValue("$g", groupId);
        return outstanding.ExecuteScalar() is not null;
    }
}
