namespace AlertRouter.IntegrationTests.Operations;

/// <summary>One alerting rule of a Prometheus rule file.</summary>
internal sealed record AlertRule(
    string Name,
    string Expr,
    string For,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations);
