using AlertRouter.Model;
using AlertRouter.Store;
using Xunit;

namespace AlertRouter.TestSupport;

/// <summary>
/// One behaviour, every store: each backend's test class derives from this and supplies <see cref="CreateAsync"/>.
/// Times are explicit (no clock), so the suite is deterministic.
/// </summary>
public abstract class StoreContract
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    protected abstract Task<StoreSet> CreateAsync();

    protected static Alert Firing(string name, DateTimeOffset? startsAt = null) =>
        new(LabelSet.Of(("alertname", name)), LabelSet.Of(("summary", name)), startsAt ?? T0.AddMinutes(-1), GoTime.Zero, "http://prom");

    protected static Alert Resolved(Alert alert, DateTimeOffset endsAt) => alert with { EndsAt = endsAt };

    protected static GroupRef Group(string name, TimeSpan? wait = null) =>
        new("{}/0", $"{{}}:{{alertname=\"{name}\"}}", "team", LabelSet.Of(("alertname", name)), wait ?? TimeSpan.FromSeconds(30));

    protected static IntakeBatch Batch(DateTimeOffset at, params (Alert Alert, GroupRef Group)[] alerts) =>
        new(Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), at, [.. alerts.Select(a => a.Alert)], [.. alerts.Select(a => (IReadOnlyList<GroupRef>)[a.Group])]);

    protected static NotificationPayload Payload(params (Alert Alert, long Version)[] alerts) =>
        new(LabelSet.Empty, TimeSpan.FromHours(4), [.. alerts.Select(a => new PayloadAlert(a.Alert.Fingerprint.ToString(), a.Version,
            a.Alert.Labels, a.Alert.Annotations, a.Alert.StartsAt, a.Alert.EndsAt, a.Alert.GeneratorUrl, !GoTime.IsZero(a.Alert.EndsAt)))]);

    [Fact]
    public async Task Commit_SameContentTwice_SecondIsDuplicateWithFirstReceipt()
    {
        await using var s = await CreateAsync();
        var batch = Batch(T0, (Firing("A"), Group("A")));

        var first = (await s.Alerts.CommitAsync([batch], default))[0];
        var second = (await s.Alerts.CommitAsync([batch with { ReceiptId = "other" }], default))[0];

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.ReceiptId, second.ReceiptId);
    }

    [Fact]
    public async Task Commit_NewAlert_CreatesGroupTimedAtGroupWait()
    {
        await using var s = await CreateAsync();

        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0), Group("A")))], default);

        Assert.Equal(T0.AddSeconds(30), await s.Groups.NextFlushAsync(default));
        Assert.Empty(await s.Groups.ClaimDueAsync("r1", T0.AddSeconds(29), Lease, 10, default));
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0.AddSeconds(30), Lease, 10, default));
        Assert.Equal(Firing("A").Fingerprint.ToString(), Assert.Single(due.Members).Fingerprint);
    }

    [Fact]
    public async Task Commit_AlertOlderThanGroupWait_FlushesAtOnce()
    {
        await using var s = await CreateAsync();

        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0.AddMinutes(-10)), Group("A")))], default);

        Assert.Equal(T0, await s.Groups.NextFlushAsync(default));
    }

    [Fact]
    public async Task ClaimDue_LeasedToAnother_IsSkippedUntilTheLeaseExpires()
    {
        await using var s = await CreateAsync();
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0.AddHours(-1)), Group("A")))], default);

        Assert.Single(await s.Groups.ClaimDueAsync("r1", T0, Lease, 10, default));
        Assert.Empty(await s.Groups.ClaimDueAsync("r2", T0.AddSeconds(5), Lease, 10, default));
        Assert.Single(await s.Groups.ClaimDueAsync("r2", T0.AddSeconds(16), Lease, 10, default));
    }

    [Fact]
    public async Task CompleteFlush_AfterLosingTheLease_ChangesNothing()
    {
        await using var s = await CreateAsync();
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0.AddHours(-1)), Group("A")))], default);
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0, Lease, 10, default));
        Assert.Single(await s.Groups.ClaimDueAsync("r2", T0.AddSeconds(20), Lease, 10, default));

        await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0.AddSeconds(21), T0.AddMinutes(5),
            [new NotificationDecision("webhook[0]", "first notification", Payload((Firing("A"), 1)))], [])], default);

        Assert.Empty(await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default));
    }

    [Fact]
    public async Task CompleteFlush_TwiceBeforeDelivery_SupersedesTheOnePendingNotification()
    {
        await using var s = await CreateAsync();
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0.AddHours(-1)), Group("A")))], default);

        for (var i = 0; i < 2; i++)
        {
            var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0.AddMinutes(5 * i), Lease, 10, default));
            await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0.AddMinutes(5 * i), T0.AddMinutes(5 * (i + 1)),
                [new NotificationDecision("webhook[0]", $"flush {i}", Payload((Firing("A"), 1)))], [])], default);
        }

        var pending = Assert.Single(await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default));
        Assert.Equal(DeliveryState.Pending, pending.State);
        Assert.Equal(1, pending.Superseded);
        Assert.Equal("flush 1", pending.Reason);
        Assert.Equal(T0, pending.CreatedAt);
    }

    [Fact]
    public async Task CompleteFlush_SeveralGroupsInOneBatch_AppliesEachGroupsOwnDecision()
    {
        await using var s = await CreateAsync();
        var c = Firing("C", T0.AddHours(-1));
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A", T0.AddHours(-1)), Group("A")), (Firing("B", T0.AddHours(-1)), Group("B")), (c, Group("C")))], default);
        await s.Alerts.CommitAsync([Batch(T0, (Resolved(c, T0), Group("C")))], default);
        var due = (await s.Groups.ClaimDueAsync("r1", T0, Lease, 10, default)).ToDictionary(g => g.GroupKey);
        var a = due[Group("A").GroupKey];
        var (b, cGroup) = (due[Group("B").GroupKey], due[Group("C").GroupKey]);
        var version = (await s.Groups.ReadChangesAsync(0, 10, default)).Alerts.Single(x => x.Fingerprint == c.Fingerprint).Version;
        var resolvedC = Assert.Single(cGroup.Members) with { Version = version };

        await s.Groups.CompleteFlushAsync("r1", [
            new FlushResult(a.Id, a.GroupKey, a.Receiver, T0, T0.AddMinutes(5), [new NotificationDecision("webhook[0]", "first notification", Payload((Firing("A"), 1)))], []),
            new FlushResult(b.Id, b.GroupKey, b.Receiver, T0, null, [], []),
            new FlushResult(cGroup.Id, cGroup.GroupKey, cGroup.Receiver, T0, T0.AddMinutes(5), [], [resolvedC])], default);

        var group = Assert.Single(await s.Groups.ListGroupsAsync(default));
        Assert.Equal(a.Id, group.Id);
        Assert.Equal(T0.AddMinutes(5), group.NextFlushAt);
        var queued = Assert.Single(await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default));
        Assert.Equal(a.Id, queued.GroupId);
        Assert.Single(await s.Groups.ClaimDueAsync("r2", T0.AddMinutes(5), Lease, 10, default));
    }

    [Fact]
    public async Task CompleteFlush_NoNotificationNeeded_CancelsThePendingOne()
    {
        await using var s = await CreateAsync();
        var groupId = await FlushOnceAsync(s, "A");
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0.AddMinutes(5), Lease, 10, default));

        await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0.AddMinutes(5), T0.AddMinutes(10),
            [new NotificationDecision("webhook[0]", "none", null)], [])], default);

        Assert.Equal(groupId, due.Id);
        Assert.Equal(DeliveryState.Cancelled, Assert.Single(await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default)).State);
    }

    [Fact]
    public async Task Claim_SkipsBusyLanes_AndNotYetDue()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");

        Assert.Empty(await s.Notifications.ClaimAsync("r1", T0.AddSeconds(-1), Lease, 10, [], default));
        Assert.Empty(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, ["team/webhook[0]"], default));
        var claimed = Assert.Single(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, ["team/slack[0]"], default));
        Assert.Null(claimed.Nflog);
        Assert.Empty(await s.Notifications.ClaimAsync("r2", T0, Lease, 10, [], default));
    }

    [Fact]
    public async Task Claim_PerLaneSlots_TakesAtMostEachLanesSlots()
    {
        await using var s = await CreateAsync();
        var few = new Func<string, GroupRef>(name => new GroupRef("{}/1", $"{{}}:{{alertname=\"{name}\"}}", "few", LabelSet.Of(("alertname", name)), TimeSpan.FromSeconds(30)));
        await s.Alerts.CommitAsync([Batch(T0, [.. Enumerable.Range(0, 6).Select(i => (Firing($"M{i}", T0.AddHours(-1)), Group($"M{i}"))),
            .. Enumerable.Range(0, 2).Select(i => (Firing($"F{i}", T0.AddHours(-1)), few($"F{i}")))])], default);
        var due = await s.Groups.ClaimDueAsync("r1", T0, Lease, 100, default);
        await s.Groups.CompleteFlushAsync("r1", [.. due.Select(g => new FlushResult(g.Id, g.GroupKey, g.Receiver, T0, T0.AddMinutes(5),
            [new NotificationDecision("webhook[0]", "first notification", Payload((Firing("X"), 1)))], []))], default);

        var first = await s.Notifications.ClaimAsync("r1", T0, Lease, 100, new Dictionary<string, int> { ["team/webhook[0]"] = 2 }, 5, default);
        var second = await s.Notifications.ClaimAsync("r1", T0, Lease, 100, new Dictionary<string, int> { ["team/webhook[0]"] = 0 }, 5, default);
        var third = await s.Notifications.ClaimAsync("r1", T0, Lease, 3, new Dictionary<string, int>(), 5, default);
        var rest = await s.Notifications.ClaimAsync("r1", T0, Lease, 100, [], default);

        Assert.Equal(8, due.Count);
        Assert.Equal(2, first.Count(n => n.Receiver == "team"));
        Assert.Equal(2, first.Count(n => n.Receiver == "few"));
        Assert.Empty(second);
        Assert.Equal(3, third.Count);
        Assert.All(third.Concat(rest), n => Assert.Equal("team", n.Receiver));
        Assert.Single(rest);
    }

    [Fact]
    public async Task Complete_Delivered_WritesNflogAndRemovesDeliveredResolvedAlerts()
    {
        await using var s = await CreateAsync();
        var alert = Firing("A", T0.AddHours(-1));
        await s.Alerts.CommitAsync([Batch(T0, (alert, Group("A")))], default);
        var resolved = Resolved(alert, T0.AddSeconds(1));
        await s.Alerts.CommitAsync([Batch(T0.AddSeconds(2), (resolved, Group("A")))], default);
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0.AddSeconds(2), Lease, 10, default));
        var version = Assert.Single((await s.Groups.ReadChangesAsync(0, 10, default)).Alerts).Version;
        var member = Assert.Single(due.Members) with { Version = version };
        await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0.AddSeconds(2), T0.AddMinutes(5),
            [new NotificationDecision("webhook[0]", "all alerts resolved", Payload((resolved, member.Version)))], [member])], default);
        Assert.Single((await s.Groups.ListGroupsAsync(default))[0].Fingerprints);
        var claimed = Assert.Single(await s.Notifications.ClaimAsync("r1", T0.AddSeconds(3), Lease, 10, [], default));

        await s.Notifications.CompleteAsync("r1", new DeliveryCompletion(claimed.Id, DeliveryState.Delivered, T0.AddSeconds(4))
        {
            Attempts = [new AttemptRecord(1, T0.AddSeconds(3), TimeSpan.FromMilliseconds(12), "delivered", 200, null, null)],
            Nflog = new NflogEntry(new HashSet<string>(), new HashSet<string> { member.Fingerprint }, T0.AddSeconds(4)),
            NflogRetention = TimeSpan.FromHours(8),
            RemoveResolved = [member],
        }, default);

        var nflog = await s.Groups.GetNflogAsync([due.GroupKey], default);
        Assert.Equal([member.Fingerprint], nflog[new NflogKey(due.GroupKey, "team", "webhook[0]")].Resolved);
        Assert.Empty(await s.Groups.ListGroupsAsync(default));
        var record = await s.Notifications.GetAsync(claimed.Id, default);
        Assert.Equal(DeliveryState.Delivered, record!.State);
        Assert.Equal(200, Assert.Single(record.AttemptLog).StatusCode);
    }

    [Fact]
    public async Task Complete_FailedWhileNewerDecisionPending_NewerInheritsAgeAndBackoff()
    {
        await using var s = await CreateAsync();
        var groupId = await FlushOnceAsync(s, "A");
        var claimed = Assert.Single(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, [], default));
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0.AddMinutes(5), Lease, 10, default));
        await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0.AddMinutes(5), T0.AddMinutes(10),
            [new NotificationDecision("webhook[0]", "new alerts added", Payload((Firing("A"), 1)))], [])], default);

        await s.Notifications.CompleteAsync("r1", new DeliveryCompletion(claimed.Id, DeliveryState.Failed, T0.AddMinutes(5))
        {
            NextAttemptAt = T0.AddMinutes(7),
            Error = "unexpected status code 503",
        }, default);

        var rows = await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default);
        Assert.Equal(groupId, due.Id);
        Assert.Equal(DeliveryState.Cancelled, rows.Single(r => r.Id == claimed.Id).State);
        var newer = rows.Single(r => r.Id != claimed.Id);
        Assert.Equal(DeliveryState.Pending, newer.State);
        Assert.Equal(T0, newer.CreatedAt);
        Assert.Equal(T0.AddMinutes(7), newer.NextAttemptAt);
    }

    [Fact]
    public async Task Claim_ExpiredSendingLease_IsDeliveredAgain()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");
        var first = Assert.Single(await s.Notifications.ClaimAsync("dead-replica", T0, Lease, 10, [], default));

        Assert.Empty(await s.Notifications.ClaimAsync("r2", T0.AddSeconds(10), Lease, 10, [], default));
        var again = Assert.Single(await s.Notifications.ClaimAsync("r2", T0.AddSeconds(16), Lease, 10, [], default));

        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public async Task Renew_HeldLeases_AreExtendedAndARecoveredOneIsNot()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");
        await FlushOnceAsync(s, "B");
        var held = await s.Notifications.ClaimAsync("r1", T0, Lease, 10, [], default);

        var renewed = await s.Notifications.RenewAsync("r1", [.. held.Select(n => n.Id)], T0.AddSeconds(25), default);
        var early = await s.Notifications.ClaimAsync("r2", T0.AddSeconds(20), Lease, 10, [], default);
        var late = await s.Notifications.ClaimAsync("r2", T0.AddSeconds(26), Lease, 10, [], default);
        var lost = await s.Notifications.RenewAsync("r1", [.. held.Select(n => n.Id)], T0.AddSeconds(40), default);

        Assert.Equal(2, held.Count);
        Assert.Equal(held.Select(n => n.Id).Order(), renewed.Order());
        Assert.Empty(early);
        Assert.Equal(2, late.Count);
        Assert.Empty(lost);
    }

    [Fact]
    public async Task Complete_DeliveredAfterTheLeaseWasLost_RecordsOnlyTheNflogEntry()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");
        var stalled = Assert.Single(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, [], default));
        var taken = Assert.Single(await s.Notifications.ClaimAsync("r2", T0.AddSeconds(16), Lease, 10, [], default));
        var fingerprint = stalled.Payload.Alerts[0].Fingerprint;

        await s.Notifications.CompleteAsync("r1", new DeliveryCompletion(stalled.Id, DeliveryState.Delivered, T0.AddSeconds(17))
        {
            Nflog = new NflogEntry(new HashSet<string> { fingerprint }, new HashSet<string>(), T0.AddSeconds(17)),
            NflogRetention = TimeSpan.FromHours(8),
            Attempts = [new AttemptRecord(1, T0.AddSeconds(1), TimeSpan.FromSeconds(16), "delivered", 200, null, null)],
        }, default);

        var row = Assert.Single(await s.Notifications.ListAsync(new NotificationQuery(null, null, null), default));
        var nflog = Assert.Single(await s.Groups.GetNflogAsync([stalled.GroupKey], default));
        Assert.Equal(taken.Id, stalled.Id);
        Assert.Equal(DeliveryState.Sending, row.State);
        Assert.Equal(0, row.Attempts);
        Assert.Equal([fingerprint], nflog.Value.Firing);
        Assert.Equal(T0.AddSeconds(17), nflog.Value.SentAt);
    }

    [Fact]
    public async Task RecoverOwn_AfterARestart_ReleasesThisReplicasDeliveriesAtOnce()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");
        var first = Assert.Single(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, [], default));

        await s.Notifications.RecoverOwnAsync("r2", T0.AddSeconds(1), default);
        Assert.Empty(await s.Notifications.ClaimAsync("r2", T0.AddSeconds(1), Lease, 10, [], default));
        await s.Notifications.RecoverOwnAsync("r1", T0.AddSeconds(1), default);

        Assert.Equal(first.Id, Assert.Single(await s.Notifications.ClaimAsync("r1", T0.AddSeconds(1), Lease, 10, [], default)).Id);
    }

    [Fact]
    public async Task RetryDead_PutsItBackOnce()
    {
        await using var s = await CreateAsync();
        await FlushOnceAsync(s, "A");
        var claimed = Assert.Single(await s.Notifications.ClaimAsync("r1", T0, Lease, 10, [], default));
        await s.Notifications.CompleteAsync("r1", new DeliveryCompletion(claimed.Id, DeliveryState.Dead, T0.AddSeconds(1)) { Error = "400 invalid routing key" }, default);
        var stats = await s.Notifications.StatsAsync(T0.AddSeconds(2), default);

        Assert.Equal(1, stats.DeadLetters[("team", "webhook[0]")]);
        Assert.True(await s.Notifications.RetryDeadAsync(claimed.Id, T0.AddSeconds(3), default));
        Assert.False(await s.Notifications.RetryDeadAsync(claimed.Id, T0.AddSeconds(3), default));
        Assert.Single(await s.Notifications.ClaimAsync("r1", T0.AddSeconds(3), Lease, 10, [], default));
    }

    [Fact]
    public async Task ReadChanges_ReturnsEveryChangeOnceInOrder()
    {
        await using var s = await CreateAsync();
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A"), Group("A")), (Firing("B"), Group("B")))], default);
        var (first, cursor) = await s.Groups.ReadChangesAsync(0, 100, default);
        await s.Alerts.CommitAsync([Batch(T0.AddSeconds(1), (Resolved(Firing("A"), T0), Group("A")))], default);

        var (second, _) = await s.Groups.ReadChangesAsync(cursor, 100, default);

        Assert.Equal(2, first.Count);
        Assert.Equal("{alertname=\"A\"}", Assert.Single(second).Alert.Labels.ToString());
        Assert.True(second[0].Version > cursor);
    }

    [Fact]
    public async Task Commit_StaleFiringRightAfterResolve_DoesNotReopen()
    {
        await using var s = await CreateAsync();
        var alert = Firing("A", T0.AddMinutes(-5));
        await s.Alerts.CommitAsync([Batch(T0, (alert, Group("A")))], default);
        await s.Alerts.CommitAsync([Batch(T0.AddSeconds(1), (Resolved(alert, T0), Group("A")))], default);

        await s.Alerts.CommitAsync([Batch(T0.AddSeconds(2), (alert, Group("A")))], default);

        var stored = Assert.Single(await s.Alerts.ListAsync(new AlertQuery(null, T0.AddSeconds(3)), default));
        Assert.True(stored.Alert.IsResolvedAt(T0.AddSeconds(3)));
    }

    [Fact]
    public async Task Reroute_MovesAlertsToTheNewRoute_AndDropsTheOldGroup()
    {
        await using var s = await CreateAsync();
        await s.Alerts.CommitAsync([Batch(T0, (Firing("A"), Group("A")))], default);
        var moved = new GroupRef("{}/1", "{}/{x=\"y\"}:{}", "other", LabelSet.Empty, TimeSpan.FromSeconds(10));

        await s.Groups.RerouteAsync(_ => [moved], T0.AddSeconds(1), default);

        var group = Assert.Single(await s.Groups.ListGroupsAsync(default));
        Assert.Equal("other", group.Receiver);
        Assert.Equal(T0.AddSeconds(1), group.CreatedAt);
    }

    private static async Task<string> FlushOnceAsync(StoreSet s, string name)
    {
        await s.Alerts.CommitAsync([Batch(T0, (Firing(name, T0.AddHours(-1)), Group(name)))], default);
        var due = Assert.Single(await s.Groups.ClaimDueAsync("r1", T0, Lease, 10, default));
        await s.Groups.CompleteFlushAsync("r1", [new FlushResult(due.Id, due.GroupKey, due.Receiver, T0, T0.AddMinutes(5),
            [new NotificationDecision("webhook[0]", "first notification", Payload((Firing(name), due.Members[0].Version)))], [])], default);
        return due.Id;
    }
}
