using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.Tests.Store;

public class AlertMergeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddMinutes(-30);
    private static readonly LabelSet Labels = LabelSet.Of(("alertname", "A"));

    private static Alert Firing(DateTimeOffset startsAt) => new(Labels, LabelSet.Empty, startsAt, GoTime.Zero, "");

    private static Alert Resolved(DateTimeOffset endsAt) => new(Labels, LabelSet.Empty, Start, endsAt, "");

    [Fact]
    public void Decide_NewAlert_IsChanged()
    {
        Assert.True(AlertMerge.Decide(Firing(Start), null, Now).Changed);
    }

    [Fact]
    public void Decide_SameFiringAgain_IsUnchanged()
    {
        var existing = new StoredAlertState(Firing(Start), 1, default);

        Assert.False(AlertMerge.Decide(Firing(Start), existing, Now).Changed);
    }

    [Fact]
    public void Decide_StaleFiringJustAfterResolve_IsIgnored()
    {
        var existing = new StoredAlertState(Resolved(Now.AddSeconds(-20)), 2, Now.AddSeconds(-10));

        Assert.False(AlertMerge.Decide(Firing(Start), existing, Now).Changed);
    }

    [Fact]
    public void Decide_SameStartFiringLongAfterResolve_ReopensTheAlert()
    {
        var existing = new StoredAlertState(Resolved(Now.AddMinutes(-10)), 2, Now.AddMinutes(-10));

        Assert.True(AlertMerge.Decide(Firing(Start), existing, Now).Changed);
    }

    [Fact]
    public void Decide_RefireWithNewStart_ReopensImmediately()
    {
        var existing = new StoredAlertState(Resolved(Now.AddSeconds(-5)), 2, Now.AddSeconds(-5));

        Assert.True(AlertMerge.Decide(Firing(Now.AddSeconds(-1)), existing, Now).Changed);
    }

    [Fact]
    public void Decide_Resolve_RecordsWhenTheResolutionWasSeen()
    {
        var existing = new StoredAlertState(Firing(Start), 1, default);

        var decision = AlertMerge.Decide(Resolved(Now.AddSeconds(-1)), existing, Now);

        Assert.True(decision.Changed);
        Assert.Equal(Now, decision.ResolvedSeenAt);
    }
}
