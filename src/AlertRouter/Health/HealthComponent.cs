namespace AlertRouter.Health;

/// <summary>
/// One component's part of <c>GET /health</c>. <see cref="NotReady"/> is set when the component keeps the whole
/// service from being ready (store unreachable, no config loaded); <see cref="Headline"/> values are merged into the
/// report's <c>metrics</c> object.
/// </summary>
public sealed record HealthComponent(
    string Name,
    HealthStatus Status,
    IReadOnlyDictionary<string, object?> Details,
    IReadOnlyList<string> Issues)
{
    public string? NotReady { get; init; }

    public IReadOnlyDictionary<string, double> Headline { get; init; } = new Dictionary<string, double>();
}
