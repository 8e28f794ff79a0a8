namespace AlertRouter.Health;

internal sealed record HealthReport(
    HealthStatus Status,
    string Timestamp,
    double UptimeSeconds,
    IReadOnlyList<HealthComponent> Components,
    IReadOnlyList<string> NotReady)
{
    public HealthResponse ToResponse()
    {
        var components = Components.ToDictionary(
            c => c.Name,
            c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(c.Details)
            {
                ["status"] = c.Status,
                ["issues"] = c.Issues,
            });
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in Components.SelectMany(c => c.Headline))
        {
            metrics[key] = value;
        }

        var issues = Components.SelectMany(c => c.Issues.Select(i => $"{c.Name}: {i}")).ToList();
        return new HealthResponse(Status, Timestamp, UptimeSeconds, components, metrics, issues);
    }
}
