using AlertRouter.Delivery;
using AlertRouter.Store;

namespace AlertRouter.Tests.Delivery;

/// <summary>Alertmanager's TestDedupStageNeedsUpdate table (notify/notify_test.go), case for case.</summary>
public class DedupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static HashSet<string> Set(params int[] ids) => [.. ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static TheoryData<string, NflogEntry?, HashSet<string>, HashSet<string>, bool, NotifyReason> Cases() => new()
    {
        { "no entry, firing", null, Set(2, 3, 4), Set(), false, NotifyReason.FirstNotification },
        { "no entry, only resolved", null, Set(), Set(2, 3, 4), false, NotifyReason.None },
        { "different firing sets", new NflogEntry(Set(1, 2, 3), Set(), Now.AddMinutes(-1)), Set(2, 3, 4), Set(), false, NotifyReason.NewAlertsAdded },
        { "zero timestamp always updates", new NflogEntry(Set(1, 2, 3), Set(), DateTimeOffset.MinValue), Set(1, 2, 3), Set(), false, NotifyReason.RepeatIntervalElapsed },
        { "identical before repeat", new NflogEntry(Set(1, 2, 3), Set(), Now.AddMinutes(-9)), Set(1, 2, 3), Set(), false, NotifyReason.None },
        { "identical after repeat", new NflogEntry(Set(1, 2, 3), Set(), Now.AddMinutes(-11)), Set(1, 2, 3), Set(), false, NotifyReason.RepeatIntervalElapsed },
        { "only resolved, different, after repeat", new NflogEntry(Set(), Set(1, 2, 3), Now.AddMinutes(-11)), Set(), Set(2, 3, 4), false, NotifyReason.None },
        { "resolved differ, send_resolved false", new NflogEntry(Set(1, 2), Set(3), Now.AddMinutes(-9)), Set(1), Set(2, 3), false, NotifyReason.None },
        { "resolved differ, send_resolved true", new NflogEntry(Set(1, 2), Set(3), Now.AddMinutes(-9)), Set(1), Set(2, 3), true, NotifyReason.SomeAlertsResolved },
        { "all resolved, send_resolved false", new NflogEntry(Set(1, 2), Set(3), Now.AddMinutes(-9)), Set(), Set(1, 2, 3), false, NotifyReason.AllAlertsResolved },
        { "all resolved, send_resolved true", new NflogEntry(Set(1, 2), Set(3), Now.AddMinutes(-9)), Set(), Set(1, 2, 3), true, NotifyReason.AllAlertsResolved },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NeedsUpdate_AlertmanagerTable(string name, NflogEntry? entry, HashSet<string> firing, HashSet<string> resolved,
        bool sendResolved, NotifyReason expected)
    {
        var reason = Dedup.NeedsUpdate(entry, firing, resolved, sendResolved, TimeSpan.FromMinutes(10), Now);

        Assert.True(expected == reason, $"{name}: expected {expected}, got {reason}");
    }

    [Fact]
    public void NeedsUpdate_FirstNotificationAfterAllResolvedEntry_IsFirst()
    {
        var entry = new NflogEntry(Set(), Set(1), Now.AddMinutes(-1));

        Assert.Equal(NotifyReason.FirstNotification, Dedup.NeedsUpdate(entry, Set(1), Set(), false, TimeSpan.FromHours(4), Now));
    }

    [Fact]
    public void NeedsUpdate_InfiniteRepeatInterval_NeverRepeatsAndDoesNotThrow()
    {
        var entry = new NflogEntry(Set(1), Set(), Now.AddSeconds(-1));

        Assert.Equal(NotifyReason.None, Dedup.NeedsUpdate(entry, Set(1), Set(), false, TimeSpan.MaxValue, Now));
    }
}
