namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// One alert group the oracle creates: its alerts (each gets <c>dataset=&lt;name&gt;</c>) and the route's group_by.
/// When <see cref="ResolveAt"/> is set, the alerts are resolved with those end times after the firing notification,
/// so the receivers see a second, resolved notification.
/// </summary>
internal sealed record OracleDataset(
    string Name,
    string Exercises,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<PostedAlert> Alerts,
    IReadOnlyList<string> ResolveAt)
{
    public bool ResolvesLater => ResolveAt.Count > 0;
}
