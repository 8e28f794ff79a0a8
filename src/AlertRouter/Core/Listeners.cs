namespace AlertRouter.Core;

/// <summary>
/// The two Kestrel listeners of one process: the routing API and intake, and the ops host (metrics, health, index).
/// Endpoints declare which listener serves them; the other listener answers 404 for that path.
/// </summary>
public static class Listeners
{
    public const string Api = "api";
    public const string Ops = "ops";

    internal const string ConnectionItemKey = "alertrouter.listener";
}
