using AlertRouter.Model;
using AlertRouter.Storage.Postgres;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Npgsql;

namespace AlertRouter.IntegrationTests.Storage.Postgres;

/// <summary>
/// What only a shared database has to get right: several replicas (here, several store instances on one database)
/// doing the same thing at the same moment, and transactions committing in a different order than they started.
/// </summary>
[Collection(PostgresCollection.Name)]
public class PostgresConcurrencyTests(PostgresServer server)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    private static Alert Firing(string name, DateTimeOffset? startsAt = null) =>
        new(LabelSet.Of(("alertname", name)), LabelSet.Empty, startsAt ?? T0.AddHours(-1), GoTime.Zero, "");

    private static GroupRef Group(string name) =>
        new("{}/0", $"{{}}:{{alertname=\"{name}\"}}", "team", LabelSet.Of(("alertname", name)), TimeSpan.FromSeconds(30));

    private static IntakeBatch Batch(DateTimeOffset at, string hash, params Alert[] alerts) =>
        new(Guid.NewGuid().ToString("N"), hash, at, alerts, [.. alerts.Select(a => (IReadOnlyList<GroupRef>)[Group(a.Labels.Get("alertname"))])]);

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Migrate_SixReplicasStartingAtOnce_ApplyEachMigrationOnce()
    {
        var db = await server.CreateDatabaseAsync("migrate");

        var databases = Enumerable.Range(0, 6).Select(i => PostgresStores.Database(db, $"r{i}")).ToList();
        await Task.WhenAll(databases.Select(d => Task.Run(d.EnsureReadyAsync)));

        Assert.Equal(PostgresMigrations.Migrations().Count(), await CountAsync(db, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'alerts'"));
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReadChanges_AlertCommittedAfterANewerOne_IsNotSkipped()
    {
        var db = await server.CreateDatabaseAsync("feed");
        await using var s = await PostgresStores.OpenAsync(db);
        await using var older = new NpgsqlConnection(db);
        await older.OpenAsync();
        await using var slow = await older.BeginTransactionAsync();

        // An intake that took its transaction id first and commits last (a slow replica).
        await using (var write = new NpgsqlCommand("""
            INSERT INTO alerts(fingerprint, labels, annotations, starts_at, ends_at, generator_url, updated_at, last_seen_at, version)
            VALUES ('slow', '{"alertname":"Slow"}', '{}', 1, 0, '', 1, 1, pg_current_xact_id()::text::bigint)
            """, older, slow))
        {
            await write.ExecuteNonQueryAsync();
        }

        await s.Alerts.CommitAsync([Batch(T0, "fast", Firing("Fast"))], default);
        var (first, cursor) = await s.Groups.ReadChangesAsync(0, 100, default);
        await slow.CommitAsync();
        var (second, _) = await s.Groups.ReadChangesAsync(cursor, 100, default);

        Assert.Equal(["Fast"], first.Select(a => a.Alert.Labels.Get("alertname")));
        Assert.Contains("Slow", second.Select(a => a.Alert.Labels.Get("alertname")));
        Assert.True(second.Single(a => a.Alert.Labels.Get("alertname") == "Slow").Version < first[0].Version);
    }

    [Fact]
    public async Task ReadChanges_LongTransactionInAnotherDatabase_DoesNotHoldTheFeedBack()
    {
        var db = await server.CreateDatabaseAsync("feed");
        await using var s = await PostgresStores.OpenAsync(db);
        await using var elsewhere = new NpgsqlConnection(await server.CreateDatabaseAsync("other"));
        await elsewhere.OpenAsync();
        await using var batchJob = await elsewhere.BeginTransactionAsync();
        await using (var takeId = new NpgsqlCommand("SELECT pg_current_xact_id()", elsewhere, batchJob))
        {
            await takeId.ExecuteNonQueryAsync();
        }

        await s.Alerts.CommitAsync([Batch(T0, "a", Firing("A"))], default);
        var (first, cursor) = await s.Groups.ReadChangesAsync(0, 100, default);
        var (second, _) = await s.Groups.ReadChangesAsync(cursor, 100, default);

        Assert.Single(first);
        Assert.True(cursor >= first[0].Version);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Commit_SameWebhooksOnTwoReplicasAtOnce_EachRecordedOnce()
    {
        var db = await server.CreateDatabaseAsync("intake");
        await using var r1 = await PostgresStores.OpenAsync(db, "r1");
        await using var r2 = await PostgresStores.OpenAsync(db, "r2");
        var batches = Enumerable.Range(0, 100).Select(i => Batch(T0, $"hash-{i}", Firing($"A{i}"), Firing($"B{i % 7}"))).ToList();

        var outcomes = await Task.WhenAll(batches.SelectMany(b => new[] { r1, r2 }.Select(r => Task.Run(() => r.Alerts.CommitAsync([b], default)))));

        Assert.Equal(100, outcomes.Count(o => !o[0].Duplicate));
        Assert.Equal(107, await CountAsync(db, "SELECT count(*) FROM alerts"));
        Assert.Equal(107, await CountAsync(db, "SELECT count(*) FROM group_alerts"));
        Assert.Equal(107, await CountAsync(db, "SELECT count(*) FROM groups"));
    }

    [Fact]
    public async Task ClaimDue_TwoReplicasAtOnce_TakeEachGroupOnce()
    {
        var db = await server.CreateDatabaseAsync("claim");
        await using var r1 = await PostgresStores.OpenAsync(db, "r1");
        await using var r2 = await PostgresStores.OpenAsync(db, "r2");
        await r1.Alerts.CommitAsync([Batch(T0, "all", [.. Enumerable.Range(0, 300).Select(i => Firing($"G{i}"))])], default);

        var claims = await Task.WhenAll(
            Task.Run(() => r1.Groups.ClaimDueAsync("r1", T0, Lease, 200, default)),
            Task.Run(() => r2.Groups.ClaimDueAsync("r2", T0, Lease, 200, default)));

        var ids = claims.SelectMany(c => c.Select(g => g.Id)).ToList();
        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
    }

    [Fact]
    public async Task Claim_ThreeReplicasAtOnce_DeliverEachNotificationOnce()
    {
        var db = await server.CreateDatabaseAsync("deliver");
        await using var r1 = await PostgresStores.OpenAsync(db, "r1");
        await r1.Alerts.CommitAsync([Batch(T0, "all", [.. Enumerable.Range(0, 300).Select(i => Firing($"N{i}"))])], default);
        var due = await r1.Groups.ClaimDueAsync("r1", T0, Lease, 1000, default);
        await r1.Groups.CompleteFlushAsync("r1", [.. due.Select(g => new FlushResult(g.Id, g.GroupKey, g.Receiver, T0, T0.AddMinutes(5),
            [new NotificationDecision("webhook[0]", "first notification", new NotificationPayload(LabelSet.Empty, TimeSpan.FromHours(4), []))], []))], default);
        var replicas = await Task.WhenAll(new[] { "r1", "r2", "r3" }.Select(r => PostgresStores.OpenAsync(db, r)));

        var claims = await Task.WhenAll(replicas.Select((r, i) => Task.Run(() => r.Notifications.ClaimAsync($"r{i + 1}", T0, Lease, 150, [], default))));

        var ids = claims.SelectMany(c => c.Select(n => n.Id)).ToList();
        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
        Assert.Equal(300, await CountAsync(db, "SELECT count(*) FROM notifications WHERE state = 'sending'"));
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }

    [Fact]
    public async Task Commit_JoiningAGroupThatACompletionIsDropping_RecreatesTheGroupWithTheMember()
    {
        var db = await server.CreateDatabaseAsync("race");
        await using var s = await PostgresStores.OpenAsync(db);
        await s.Alerts.CommitAsync([Batch(T0, "first", Firing("A"))], default);
        var groupId = Group("A").Id;
        await using var completion = new NpgsqlConnection(db);
        await completion.OpenAsync();
        await using var dropping = await completion.BeginTransactionAsync();

        // A delivery completion mid-way: it holds the group and has removed its last (resolved) member and the group.
        foreach (var sql in new[] { "SELECT 1 FROM groups WHERE id = @g FOR UPDATE", "DELETE FROM group_alerts WHERE group_id = @g", "DELETE FROM groups WHERE id = @g" })
        {
            await using var command = new NpgsqlCommand(sql, completion, dropping);
            command.Parameters.AddWithValue("g", groupId);
            await command.ExecuteNonQueryAsync();
        }

        var refire = Task.Run(() => s.Alerts.CommitAsync([Batch(T0.AddMinutes(1), "refire", Firing("A", T0.AddSeconds(50)))], default));
        await Task.Delay(300);
        var blocked = !refire.IsCompleted;
        await dropping.CommitAsync();
        await refire;

        Assert.True(blocked, "intake must wait for the group lock");
        var group = Assert.Single(await s.Groups.ListGroupsAsync(default));
        Assert.Equal(groupId, group.Id);
        Assert.Equal(T0.AddMinutes(1), group.CreatedAt);
        Assert.Equal([Firing("A").Fingerprint.ToString()], group.Fingerprints);
    }

    [Fact]
    public async Task NextFlush_GroupLeasedToAnotherReplica_CountsFromTheLeaseEnd()
    {
        var db = await server.CreateDatabaseAsync("wake");
        await using var s = await PostgresStores.OpenAsync(db);
        await s.Alerts.CommitAsync([Batch(T0, "one", Firing("A"))], default);

        Assert.Equal(T0, await s.Groups.NextFlushAsync(default));
        Assert.Single(await s.Groups.ClaimDueAsync("other", T0, Lease, 10, default));
        Assert.Equal(T0 + Lease, await s.Groups.NextFlushAsync(default));
    }
}
