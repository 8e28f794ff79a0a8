using AlertRouter.Inhibition;
using AlertRouter.Model;
using AlertRouter.Routing;

namespace AlertRouter.Tests.Inhibition;

/// <summary>Ports semantics §8.2 #10–15 (inhibit/inhibit_test.go) with §5 scan semantics.</summary>
public class InhibitorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    // I1: rule1 s1=1 ⇒ t1=1, rule2 s2=1 ⇒ t2=1, both equal [e]; live sources A1 and A2.
    private static readonly InhibitRule[] I1 =
    [
        Rule(0, "s1", "t1", "e"),
        Rule(1, "s2", "t2", "e"),
    ];

    private static readonly Alert[] I1Sources =
    [
        Firing(("s1", "1"), ("t1", "2"), ("e", "1")),
        Firing(("s2", "1"), ("t2", "1"), ("e", "1")),
    ];

    [Theory]
    [InlineData("t1=1,e=1", true)]
    [InlineData("s1=1,t1=1,e=1", true)]
    [InlineData("s2=1,t2=1,e=1", false)]
    [InlineData("t1=1,e=0", false)]
    [InlineData("t1=0,e=1", false)]
    public void Check_RuleMatchesTable_AsAlertmanager(string target, bool inhibited)
    {
        var result = Inhibitor.Check(I1, Labels(target), I1Sources, Now);

        Assert.Equal(inhibited, result is not null);
    }

    [Fact]
    public void Check_InhibitedTarget_NamesRuleAndSourceFingerprint()
    {
        var result = Inhibitor.Check(I1, Labels("t1=1,e=1"), I1Sources, Now);

        Assert.Equal(0, result!.Rule.Index);
        Assert.Equal([I1Sources[0].Fingerprint], result.SourceFingerprints);
    }

    [Fact]
    public void Check_ResolvedSource_DoesNotInhibit_ActiveDoes()
    {
        var rules = new[] { Rule(0, "s", "t", "e") };
        var resolved = Alert(Now.AddMinutes(-1), ("s", "1"), ("e", "f"));
        var active = Alert(Now.AddMinutes(5), ("s", "1"), ("e", "f"));

        Assert.Null(Inhibitor.Check(rules, Labels("t=1,e=f"), [resolved], Now));
        Assert.NotNull(Inhibitor.Check(rules, Labels("t=1,e=f"), [active], Now));
    }

    [Fact]
    public void Check_OneResolvedOneActiveSource_ActiveInhibits()
    {
        var rules = new[] { new InhibitRule(0, null, Matchers.Sorted([Matcher.Create(MatcherType.Regexp, "c", ".+")]), Matchers.Empty, ["a"]) };
        var sources = new[]
        {
            Alert(Now.AddMinutes(-1), ("a", "b"), ("c", "d")),
            Alert(GoTime.Zero, ("a", "b"), ("c", "f")),
        };

        var result = Inhibitor.Check(rules, Labels("a=b"), sources, Now);

        Assert.Equal([sources[1].Fingerprint], result!.SourceFingerprints);
    }

    [Fact]
    public void Check_EqualLabelMissingOnBothSides_CountsAsEqual()
    {
        var rules = new[] { Rule(0, "s", "t", "cluster") };

        Assert.NotNull(Inhibitor.Check(rules, Labels("t=1"), [Firing(("s", "1"))], Now));
        Assert.Null(Inhibitor.Check(rules, Labels("t=1"), [Firing(("s", "1"), ("cluster", "x"))], Now));
    }

    [Fact]
    public void Check_AlertMatchingBothSides_DoesNotInhibitItself()
    {
        var rules = new[] { new InhibitRule(0, null, Matchers.Sorted([Eq("severity", "critical")]), Matchers.Empty, ["alertname"]) };
        var self = Firing(("alertname", "X"), ("severity", "critical"));

        Assert.Null(Inhibitor.Check(rules, self.Labels, [self], Now));
    }

    [Fact]
    public void Check_FirstInhibitingRuleWins()
    {
        var rules = new[] { Rule(0, "s", "t"), Rule(1, "u", "t") };

        var result = Inhibitor.Check(rules, Labels("t=1"), [Firing(("u", "1")), Firing(("s", "1"))], Now);

        Assert.Equal(0, result!.Rule.Index);
    }

    [Fact]
    public void HasEqual_ComparesMissingAsEmpty()
    {
        var rule = Rule(0, "s", "t", "a", "b");

        Assert.True(rule.HasEqual(Labels("a=1"), Labels("a=1,b=")));
        Assert.False(rule.HasEqual(Labels("a=1"), Labels("a=2")));
    }

    private static InhibitRule Rule(int index, string source, string target, params string[] equal) =>
        new(index, null, Matchers.Sorted([Eq(source, "1")]), Matchers.Sorted([Eq(target, "1")]), equal);

    private static Matcher Eq(string name, string value) => Matcher.Create(MatcherType.Equal, name, value);

    private static LabelSet Labels(string pairs) => LabelSet.Of(pairs.Split(',').Select(p => p.Split('=')).Select(p => (p[0], p[1])).ToArray());

    private static Alert Firing(params (string, string)[] labels) => Alert(GoTime.Zero, labels);

    private static Alert Alert(DateTimeOffset endsAt, params (string, string)[] labels) =>
        new(LabelSet.Of(labels), LabelSet.Empty, Now.AddHours(-1), endsAt, "");
}
