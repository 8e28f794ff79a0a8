namespace AlertRouter.IntegrationTests.Operations;

/// <summary>One PromQL target of a Grafana dashboard panel.</summary>
internal sealed record DashboardQuery(string Panel, string RefId, string Expr)
{
    public override string ToString() => $"{Panel} [{RefId}]: {Expr}";
}
