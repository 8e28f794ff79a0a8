using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Routing;

/// <summary>Ports semantics §8.2 #1–9 (dispatch/route_test.go TestRouteMatch, cli conf.routing.yml, and R3).</summary>
public class RouteMatchTests
{
    private const string R1 = """
        route:
          receiver: 'notify-def'
          routes:
          - match:
              owner: 'team-A'
            receiver: 'notify-A'
            routes:
            - match:
                env: 'testing'
              receiver: 'notify-testing'
              group_by: [...]
            - match:
                env: "production"
              receiver: 'notify-productionA'
              group_wait: 1m
              continue: true
            - match_re:
                env: "produ.*"
                job: ".*"
              receiver: 'notify-productionB'
              group_wait: 30s
              group_interval: 5m
              repeat_interval: 1h
              group_by: ['job']
          - match_re:
              owner: 'team-(B|C)'
            group_by: ['foo', 'bar']
            group_wait: 2m
            receiver: 'notify-BC'
          - match:
              group_by: 'role'
            group_by: ['role']
            routes:
            - match:
                env: 'testing'
              receiver: 'notify-testing'
              routes:
              - match:
                  wait: 'long'
                group_wait: 2m
        receivers:
        - name: notify-def
        - name: notify-A
        - name: notify-testing
        - name: notify-productionA
        - name: notify-productionB
        - name: notify-BC
        """;

    private const string R2 = """
        route:
          receiver: default
          routes:
            - match_re:
                test: ^[12]$
              receiver: test1
              continue: true
            - match:
                test: 2
              receiver: test2
        receivers:
          - name: default
          - name: test1
          - name: test2
        """;

    private const string R3 = """
        route:
          receiver: default
          routes:
            - matchers: ['team="db"']
              receiver: db
              continue: true
              routes:
                - matchers: ['severity=~"critical|page"']
                  receiver: db-pager
            - match_re:
                service: check.*
              receiver: checkout
            - matchers: ['team="db"']
              receiver: db
        receivers:
          - name: default
          - name: db
          - name: db-pager
          - name: checkout
        """;

    [Fact]
    public void Match_OwnerOnly_ParentHandles()
    {
        var route = Assert.Single(Match(R1, ("owner", "team-A")));

        Assert.Equal("notify-A", route.Options.Receiver);
        Assert.Equal("{}/{owner=\"team-A\"}", route.Key);
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4)),
            (route.Options.GroupWait, route.Options.GroupInterval, route.Options.RepeatInterval));
        Assert.Empty(route.Options.GroupBy);
    }

    [Fact]
    public void Match_NoChildMatches_ParentHandles()
    {
        Assert.Equal("notify-A", Assert.Single(Match(R1, ("owner", "team-A"), ("env", "unset"))).Options.Receiver);
    }

    [Fact]
    public void Match_LegacyMatchRe_KeyShowsAnchors()
    {
        var route = Assert.Single(Match(R1, ("owner", "team-C")));

        Assert.Equal("notify-BC", route.Options.Receiver);
        Assert.Equal("{}/{owner=~\"^(?:team-(B|C))$\"}", route.Key);
        Assert.Equal(TimeSpan.FromMinutes(2), route.Options.GroupWait);
        Assert.Equal(["bar", "foo"], route.Options.GroupBy);
    }

    [Fact]
    public void Match_Continue_ReturnsBothInOrder()
    {
        var routes = Match(R1, ("owner", "team-A"), ("env", "production"));

        Assert.Equal(["notify-productionA", "notify-productionB"], routes.Select(r => r.Options.Receiver));
        Assert.Equal("{}/{owner=\"team-A\"}/{env=\"production\"}", routes[0].Key);
        Assert.Equal(TimeSpan.FromMinutes(1), routes[0].Options.GroupWait);
        Assert.Equal("{}/{owner=\"team-A\"}/{env=~\"^(?:produ.*)$\",job=~\"^(?:.*)$\"}", routes[1].Key);
        Assert.Equal(["job"], routes[1].Options.GroupBy);
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)),
            (routes[1].Options.GroupWait, routes[1].Options.GroupInterval, routes[1].Options.RepeatInterval));
    }

    [Fact]
    public void Match_DeepNode_InheritsGroupByAndReceiver()
    {
        var route = Assert.Single(Match(R1, ("env", "testing"), ("group_by", "role"), ("wait", "long")));

        Assert.Equal("notify-testing", route.Options.Receiver);
        Assert.Equal(TimeSpan.FromMinutes(2), route.Options.GroupWait);
        Assert.Equal(["role"], route.Options.GroupBy);
        Assert.Equal("{}/{group_by=\"role\"}/{env=\"testing\"}/{wait=\"long\"}", route.Key);
    }

    [Fact]
    public void Match_NoReceiverOnNode_InheritsRootReceiver()
    {
        var route = Assert.Single(Match(R1, ("group_by", "role")));

        Assert.Equal("notify-def", route.Options.Receiver);
        Assert.Equal(["role"], route.Options.GroupBy);
    }

    [Fact]
    public void Match_GroupByAll_ReplacesParentGroupBy()
    {
        var route = Assert.Single(Match(R1, ("owner", "team-A"), ("env", "testing")));

        Assert.True(route.Options.GroupByAll);
        Assert.Empty(route.Options.GroupBy);
    }

    [Theory]
    [InlineData("2", "test1,test2")]
    [InlineData("1", "test1")]
    [InlineData("volovina", "default")]
    public void Match_ConfRouting_ReturnsAmtoolReceivers(string test, string receivers)
    {
        Assert.Equal(receivers, string.Join(',', Match(R2, ("test", test)).Select(r => r.Options.Receiver)));
    }

    [Fact]
    public void Match_R3_ContinueThenDeeperMatch()
    {
        var routes = Match(R3, ("team", "db"), ("severity", "critical"), ("service", "checkout"));

        Assert.Equal(["db-pager", "checkout"], routes.Select(r => r.Options.Receiver));
    }

    [Fact]
    public void Match_R3_DuplicatesKept()
    {
        Assert.Equal(["db", "db"], Match(R3, ("team", "db")).Select(r => r.Options.Receiver));
    }

    [Fact]
    public void Match_RootMatchersFail_ReturnsEmpty()
    {
        var config = TestConfigs.LoadValid(R3);

        Assert.Empty(config.Root.Children[0].Match(LabelSet.Of(("team", "web"))));
    }

    [Fact]
    public void Id_IsUniqueAndCarriesSiblingIndex()
    {
        var config = TestConfigs.LoadValid("""
            route:
              receiver: default
              routes:
              - {continue: true, matchers: [foo=bar], receiver: test1, routes: [{matchers: [bar=baz]}]}
              - {continue: true, matchers: [foo=bar], receiver: test1, routes: [{matchers: [bar=baz]}]}
              - {continue: true, matchers: [foo=bar], receiver: test2, routes: [{matchers: [bar=baz]}]}
              - {continue: true, matchers: [bar=baz], receiver: test3, routes: [{matchers: [baz=qux]}, {matchers: [qux=corge]}]}
              - {continue: true, matchers: ['qux=~"[a-zA-Z0-9]+"']}
              - {continue: true, matchers: ['corge!~"[0-9]+"']}
            receivers: [{name: default}, {name: test1}, {name: test2}, {name: test3}]
            """);

        Assert.Equal(
            [
                "{}", "{}/{foo=\"bar\"}/0", "{}/{foo=\"bar\"}/0/{bar=\"baz\"}/0", "{}/{foo=\"bar\"}/1",
                "{}/{foo=\"bar\"}/1/{bar=\"baz\"}/0", "{}/{foo=\"bar\"}/2", "{}/{foo=\"bar\"}/2/{bar=\"baz\"}/0",
                "{}/{bar=\"baz\"}/3", "{}/{bar=\"baz\"}/3/{baz=\"qux\"}/0", "{}/{bar=\"baz\"}/3/{qux=\"corge\"}/1",
                "{}/{qux=~\"[a-zA-Z0-9]+\"}/4", "{}/{corge!~\"[0-9]+\"}/5",
            ],
            config.Root.Walk().Select(r => r.Id));
        Assert.Equal(12, config.RoutesById.Count);
    }

    [Fact]
    public void Match_ConcurrentCallers_GetTheSameAnswersAsOneThread()
    {
        var root = TestConfigs.LoadValid(R1).Root;
        string[] owners = ["team-A", "team-B", "team-C", ""];
        string[] envs = ["testing", "production", "unset", ""];
        var inputs = Enumerable.Range(0, 400)
            .Select(i => LabelSet.Of(("owner", owners[i % 4]), ("env", envs[i / 4 % 4]), ("group_by", i % 3 == 0 ? "role" : "x"), ("wait", i % 5 == 0 ? "long" : "")))
            .ToList();
        var expected = inputs.Select(l => string.Join(',', root.Match(l).Select(r => r.Id))).ToList();

        var actual = new string[inputs.Count];
        Parallel.For(0, inputs.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i % inputs.Count] = string.Join(',', root.Match(inputs[i % inputs.Count]).Select(r => r.Id)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void GroupKey_IsRouteKeyAndGroupLabels()
    {
        var config = TestConfigs.LoadValid("""
            route:
              receiver: default
              group_by: [alertname, service]
              routes:
                - matchers: ['severity="critical"']
            receivers: [{name: default}]
            """);
        var labels = LabelSet.Of(("alertname", "HighLatency"), ("service", "checkout"), ("severity", "critical"), ("instance", "i-1"));

        var route = Assert.Single(config.Root.Match(labels));

        Assert.Equal("{}/{severity=\"critical\"}:{alertname=\"HighLatency\", service=\"checkout\"}", route.GroupKey(labels));
    }

    [Fact]
    public void GroupLabels_EmptyGroupBy_GroupsEverythingTogether()
    {
        var config = TestConfigs.LoadValid("route: {receiver: d, group_by: []}\nreceivers: [{name: d}]");

        Assert.Equal("{}:{}", config.Root.GroupKey(LabelSet.Of(("alertname", "Disk"))));
    }

    [Fact]
    public void Options_TimeIntervalsAreNotInherited()
    {
        var config = TestConfigs.LoadValid("""
            route:
              receiver: d
              routes:
                - matchers: [a=1]
                  mute_time_intervals: [night]
                  routes:
                    - matchers: [b=1]
            receivers: [{name: d}]
            time_intervals:
              - name: night
                time_intervals: [{times: [{start_time: '00:00', end_time: '06:00'}]}]
            """);

        var parent = config.Root.Children[0];

        Assert.Equal(["night"], parent.Options.MuteTimeIntervals);
        Assert.Empty(parent.Children[0].Options.MuteTimeIntervals);
    }

    private static IReadOnlyList<AlertRouter.Routing.Route> Match(string yaml, params (string, string)[] labels) =>
        TestConfigs.LoadValid(yaml).Root.Match(LabelSet.Of(labels));
}
