using AlertRouter.Model;
using AlertRouter.Routing;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Routing;

public class RouteTreePrinterTests
{
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
        receivers: [{name: default}, {name: db}, {name: db-pager}, {name: checkout}]
        """;

    [Fact]
    public void Show_MatchesAmtoolOutput()
    {
        var tree = RouteTreePrinter.Show(TestConfigs.LoadValid(R3).Root);

        Assert.Equal("""
            .
            └── default-route  receiver: default
                ├── {team="db"}  continue: true  receiver: db
                │   └── {severity=~"critical|page"}  receiver: db-pager
                ├── {service=~"^(?:check.*)$"}  receiver: checkout
                └── {team="db"}  receiver: db

            """, tree);
    }

    [Fact]
    public void Matching_OnlyVisitedNodes_ReceiverOnLeaves()
    {
        var tree = RouteTreePrinter.Matching(TestConfigs.LoadValid(R3).Root, LabelSet.Of(("team", "db"), ("severity", "critical")));

        Assert.Equal("""
            .
            └── default-route
                ├── {team="db"}
                │   └── {severity=~"critical|page"}  receiver: db-pager
                └── {team="db"}  receiver: db

            """, tree);
    }
}
